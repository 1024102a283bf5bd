package dev.gilscan.analyzer.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of a {@code def} or {@code lambda}: {@code (a, /, b=1, *c, d=2, **e)}.
 * {@code defaults} belong to the last positional parameters; {@code kwDefaults} is parallel to
 * {@code kwonlyargs}, null where there is no default.
 * <p>CPython: {@code arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs,
 *     expr?* kw_defaults, arg? kwarg, expr* defaults)}.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html#ast.arguments">ast.arguments</a>
 */
public record Arguments(
        List<Arg> posonlyargs,
        List<Arg> args,
        @Nullable Arg vararg,
        List<Arg> kwonlyargs,
        List<@Nullable Expr> kwDefaults,
        @Nullable Arg kwarg,
        List<Expr> defaults) implements Node {
    public Arguments {
        posonlyargs = List.copyOf(posonlyargs);
        args = List.copyOf(args);
        kwonlyargs = List.copyOf(kwonlyargs);
        kwDefaults = Children.copyOfNullable(kwDefaults);
        defaults = List.copyOf(defaults);
    }

    @Override
    public List<Node> children() {
        return new Children()
                .addAll(posonlyargs)
                .addAll(args)
                .add(vararg)
                .addAll(kwonlyargs)
                .addAll(kwDefaults)
                .add(kwarg)
                .addAll(defaults)
                .list();
    }

    @Override
    public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
        return visitor.visitArguments(this);
    }
}
