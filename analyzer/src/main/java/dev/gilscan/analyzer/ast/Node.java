package dev.gilscan.analyzer.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A node of the syntax tree: an instance of one of CPython's {@code ast.AST} classes other than the
 * operator and context singletons, which are enums here.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html#ast.AST">ast.AST</a>
 */
public sealed interface Node
        permits Mod, Located, Arguments, WithItem, MatchCase, Comprehension, TypeIgnore {

    /**
     * The child nodes in field order, list elements in list order; null fields and list elements
     * are skipped, and so are values that are not nodes (strings, ints, enums, constants).
     */
    List<Node> children();

    /** Calls the {@code visitX} method of {@code visitor} for this node's class. */
    <R extends @Nullable Object> R accept(AstVisitor<R> visitor);
}
