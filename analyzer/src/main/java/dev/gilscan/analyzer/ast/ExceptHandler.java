package dev.gilscan.analyzer.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code except type as name: body} (also {@code except*}); the only kind of CPython's
 * {@code excepthandler}.
 * <p>CPython: {@code ExceptHandler(expr? type, identifier? name, stmt* body)}.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html#ast.ExceptHandler">ast.ExceptHandler</a>
 */
public record ExceptHandler(
        @Nullable Expr type,
        @Nullable String name,
        List<Stmt> body,
        Span span) implements Located {
    public ExceptHandler {
        body = List.copyOf(body);
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return new Children().add(type).addAll(body).list();
    }

    @Override
    public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
        return visitor.visitExceptHandler(this);
    }
}
