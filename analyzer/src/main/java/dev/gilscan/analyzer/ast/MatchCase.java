package dev.gilscan.analyzer.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code case pattern if guard: body}.
 * <p>CPython: {@code match_case(pattern pattern, expr? guard, stmt* body)}.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html#ast.match_case">ast.match_case</a>
 */
public record MatchCase(Pattern pattern, @Nullable Expr guard, List<Stmt> body) implements Node {
    public MatchCase {
        Objects.requireNonNull(pattern, "pattern");
        body = List.copyOf(body);
    }

    @Override
    public List<Node> children() {
        return new Children().add(pattern).add(guard).addAll(body).list();
    }

    @Override
    public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
        return visitor.visitMatchCase(this);
    }
}
