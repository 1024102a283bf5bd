package dev.gilscan.analyzer.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@code # type: ignore[tag]} comment on line {@code lineno}; the only kind of CPython's
 * {@code type_ignore}.
 * <p>CPython: {@code TypeIgnore(int lineno, string tag)}.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html#ast.TypeIgnore">ast.TypeIgnore</a>
 */
public record TypeIgnore(int lineno, String tag) implements Node {
    public TypeIgnore {
        Objects.requireNonNull(tag, "tag");
    }

    @Override
    public List<Node> children() {
        return List.of();
    }

    @Override
    public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
        return visitor.visitTypeIgnore(this);
    }
}
