package dev.gilscan.analyzer.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code name as asname} in an import; {@code name} may be dotted or {@code *}.
 * <p>CPython: {@code alias(identifier name, identifier? asname)}.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html#ast.alias">ast.alias</a>
 */
public record Alias(String name, @Nullable String asname, Span span) implements Located {
    public Alias {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }

    @Override
    public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
        return visitor.visitAlias(this);
    }
}
