package dev.gilscan.analyzer.model.scope;

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
     * A comprehension with a scope of its own: a generator expression {@code (x for x in xs)},
     * or a list, set or dict comprehension in an annotation scope of a class
     * ({@code class C: type A = [x for x in xs]}). Elsewhere CPython 3.12+ inlines
     * {@code [x for x in xs]} into the enclosing scope (PEP 709) and it has no scope.
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
