package dev.gilscan.analyzer.model;

import dev.gilscan.analyzer.ast.Node;

/**
 * A function or class a file defines, by qualified name: {@code def crunch(): ...} in
 * {@code pkg/work.py} is the function {@code pkg.work.crunch}.
 */
public record Definition(Kind kind, String qualifiedName, Node node, SemanticModel file) {
    /** What is defined. */
    public enum Kind { FUNCTION, CLASS }
}
