package dev.gilscan.analyzer.model.scope;

/** Where a {@link Symbol}'s name lives when its scope runs (CPython's symbol scopes). */
public enum SymbolKind {
    /** Bound in this scope and read only here: {@code def f(): x = 1}. */
    LOCAL,
    /**
     * Declared {@code global} here, or bound at module level by a walrus in a comprehension:
     * {@code def f(): global x}.
     */
    GLOBAL_EXPLICIT,
    /** Bound in no enclosing function, so a global or a builtin: {@code def f(): return len}. */
    GLOBAL_IMPLICIT,
    /** Bound in an enclosing function and read from there: {@code x} in the lambda of
     * {@code def f(): x = 1; return lambda: x}. */
    FREE,
    /** Bound here and read by a nested scope, so kept in a cell: {@code x} in {@code f} of
     * {@code def f(): x = 1; return lambda: x}. */
    CELL
}
