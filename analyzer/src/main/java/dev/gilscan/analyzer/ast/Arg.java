package dev.gilscan.analyzer.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One parameter: {@code arg: annotation}.
 * <p>CPython: {@code arg(identifier arg, expr? annotation, string? type_comment)}.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html#ast.arg">ast.arg</a>
 */
public record Arg(
        String arg,
        @Nullable Expr annotation,
        @Nullable String typeComment,
        Span span) implements Located {
    public Arg {
        Objects.requireNonNull(arg, "arg");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return new Children().add(annotation).list();
    }

    @Override
    public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
        return visitor.visitArg(this);
    }
}
