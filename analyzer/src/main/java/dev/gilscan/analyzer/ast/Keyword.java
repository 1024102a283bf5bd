package dev.gilscan.analyzer.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code arg=value} in a call or class header; {@code arg} is null for {@code **value}.
 * <p>CPython: {@code keyword(identifier? arg, expr value)}.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html#ast.keyword">ast.keyword</a>
 */
public record Keyword(@Nullable String arg, Expr value, Span span) implements Located {
    public Keyword {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return List.of(value);
    }

    @Override
    public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
        return visitor.visitKeyword(this);
    }
}
