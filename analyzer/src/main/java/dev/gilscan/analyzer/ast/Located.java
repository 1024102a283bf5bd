package dev.gilscan.analyzer.ast;

/**
 * A node with a source position: the node classes that have {@code _attributes} in CPython
 * ({@code lineno}, {@code col_offset}, {@code end_lineno}, {@code end_col_offset}).
 */
public sealed interface Located extends Node
        permits Stmt, Expr, Pattern, TypeParam, ExceptHandler, Arg, Keyword, Alias {

    /** Where the node is in the source. */
    Span span();
}
