package dev.gilscan.analyzer.semantic.scope;

/** What kind of code a {@link Scope} holds; CPython's symbol table types, finer for functions. */
public enum ScopeKind {
    /** The module: {@code x = 1} at top level. */
    MODULE,
    /** A class body: {@code class C: x = 1}. */
    CLASS,
    /** A function body: {@code def f(a): return a}. */
    FUNCTION,
    /** A lambda: {@code lambda a: a}. */
    LAMBDA,
    /**
     * A comprehension that keeps its own scope: {@code (x for x in xs)}, and in 3.12+ a list, set
     * or dict comprehension only where it is not inlined ({@code class C[T]: ...} annotation
     * scopes); elsewhere {@code [x for x in xs]} is inlined into the enclosing scope (PEP 709).
     */
    COMPREHENSION,
    /**
     * The annotations of a definition under {@code from __future__ import annotations}:
     * {@code def f(a: T) -> R}. CPython 3.13 builds these tables but leaves them out of the tree
     * that {@code symtable} shows, since the annotations become strings; so does the canonical
     * form of {@link SymbolsJson}.
     */
    ANNOTATION,
    /**
     * The PEP 695 scope around a generic definition, holding its type parameters:
     * {@code def f[T](a: T)}, {@code class C[T]}, {@code type A[T] = list[T]} (symtable's
     * "type parameters").
     */
    TYPE_PARAMETERS,
    /** The lazily evaluated value of a type alias: {@code type A = list[int]} ("type alias"). */
    TYPE_ALIAS,
    /**
     * The lazily evaluated bound, constraints or default of one type parameter:
     * {@code def f[T: int = bool]()} ("type variable").
     */
    TYPE_VARIABLE
}
