package dev.gilscan.analyzer.model.scope;

import dev.gilscan.analyzer.ast.Span;
import java.util.Objects;

/**
 * A {@code SyntaxError} that CPython raises while it builds the symbol table of a file that
 * parses: {@code def f(a, a)}, {@code nonlocal x} at module level, {@code from m import *} in a
 * function, an unknown {@code from __future__} feature.
 *
 * @param message CPython's message, e.g. {@code duplicate argument 'a' in function definition}
 * @param span where CPython reports it
 */
public record ScopeError(String message, Span span) {
    public ScopeError {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }
}
