package dev.gilscan.analyzer.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code context_expr as optional_vars} in a {@code with}.
 * <p>CPython: {@code withitem(expr context_expr, expr? optional_vars)}.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html#ast.withitem">ast.withitem</a>
 */
public record WithItem(Expr contextExpr, @Nullable Expr optionalVars) implements Node {
    public WithItem {
        Objects.requireNonNull(contextExpr, "contextExpr");
    }

    @Override
    public List<Node> children() {
        return new Children().add(contextExpr).add(optionalVars).list();
    }

    @Override
    public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
        return visitor.visitWithItem(this);
    }
}
