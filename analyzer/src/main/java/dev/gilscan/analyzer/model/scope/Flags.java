package dev.gilscan.analyzer.model.scope;

/** CPython's symbol flags (Include/internal/pycore_symtable.h), as the builder records them. */
final class Flags {
    /** {@code global x}. */
    static final int DEF_GLOBAL = 1;
    /** Assigned in the scope. */
    static final int DEF_LOCAL = 2;
    /** A parameter. */
    static final int DEF_PARAM = 4;
    /** {@code nonlocal x}. */
    static final int DEF_NONLOCAL = 8;
    /** Read in the scope. */
    static final int USE = 16;
    /** Free in a child scope and bound or used in this class scope. */
    static final int DEF_FREE_CLASS = 64;
    /** Bound by an import. */
    static final int DEF_IMPORT = 128;
    /** Annotated. */
    static final int DEF_ANNOT = 256;
    /** A comprehension iteration variable. */
    static final int DEF_COMP_ITER = 512;
    /** A PEP 695 type parameter. */
    static final int DEF_TYPE_PARAM = 1024;
    /** A cell of an inlined comprehension. */
    static final int DEF_COMP_CELL = 2048;
    /** Any binding. */
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    private Flags() {}
}
