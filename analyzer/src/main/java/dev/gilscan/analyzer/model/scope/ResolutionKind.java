package dev.gilscan.analyzer.model.scope;

/** Where {@link SymbolTable#resolve} found the variable a name denotes. */
public enum ResolutionKind {
    /** In the scope of the name itself: {@code def f(): x = 1; return x}. */
    LOCAL,
    /**
     * In an enclosing function, or in the class an annotation scope reads:
     * {@code def f(): x = 1; return lambda: x}.
     */
    ENCLOSING,
    /** A module global: {@code x = 1; def f(): return x}. */
    GLOBAL,
    /** A builtin the module does not shadow: {@code def f(): return len}. */
    BUILTIN,
    /** None of these: {@code def f(): return undefined_name}. */
    UNRESOLVED
}
