package dev.gilscan.analyzer.model.scope;

import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Span;
import java.util.Objects;

/**
 * One place where a name is bound: {@code x = 1}, {@code def x(): ...}, {@code import x}.
 *
 * @param kind how the name is bound
 * @param node the node that binds: the target {@code Expr.Name} of an assignment, {@code for},
 *     {@code with}, {@code del}, walrus, comprehension or {@code type} statement; the {@code Arg}
 *     of a parameter; the {@code Alias} of an import; the {@code FunctionDef},
 *     {@code AsyncFunctionDef} or {@code ClassDef}; the {@code ExceptHandler}; the capture
 *     pattern ({@code MatchAs}, {@code MatchStar}, {@code MatchMapping}); the {@code TypeParam}
 * @param span where {@code node} is
 */
public record Binding(BindingKind kind, Node node, Span span) {
    public Binding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(span, "span");
    }
}
