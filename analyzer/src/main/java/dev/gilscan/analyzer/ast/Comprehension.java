package dev.gilscan.analyzer.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code for target in iter if c} in a comprehension; {@code isAsync} is 1 for {@code async for}.
 * <p>CPython: {@code comprehension(expr target, expr iter, expr* ifs, int is_async)}.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html#ast.comprehension">ast.comprehension</a>
 */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, int isAsync) implements Node {
    public Comprehension {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(iter, "iter");
        ifs = List.copyOf(ifs);
    }

    @Override
    public List<Node> children() {
        return new Children().add(target).add(iter).addAll(ifs).list();
    }

    @Override
    public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
        return visitor.visitComprehension(this);
    }
}
