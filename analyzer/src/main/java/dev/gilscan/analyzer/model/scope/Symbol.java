package dev.gilscan.analyzer.model.scope;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A name as one {@link Scope} uses it: {@code x} in {@code def f(): x = 1} is a local symbol of
 * {@code f}, assigned once.
 *
 * <p>The booleans are those of CPython's {@code symtable.Symbol}; {@link #bindings} and
 * {@link #uses} point back to the syntax tree. A list, set or dict comprehension that CPython
 * inlines (PEP 709) lends its names to the enclosing scope: the target of {@code [x for x in xs]}
 * in a function is a symbol of the function, with a
 * {@link BindingKind#COMPREHENSION_TARGET} binding.
 */
public final class Symbol {
    private final String name;
    private final Scope scope;
    /** CPython's DEF_* and USE bits (without the scope bits, which are {@link #kind}). */
    int flags;
    SymbolKind kind = SymbolKind.GLOBAL_IMPLICIT;
    List<Binding> bindings = new ArrayList<>(1);
    List<Expr.Name> uses = new ArrayList<>(2);

    Symbol(String name, Scope scope) {
        this.name = name;
        this.scope = scope;
    }

    /**
     * The name as the scope holds it: mangled in a class ({@code _C__x}), starting with a dot
     * for an implicit one ({@code .0}).
     */
    public String name() {
        return name;
    }

    /** The scope that owns the symbol. */
    public Scope scope() {
        return scope;
    }

    /** Where the name lives when the scope runs. */
    public SymbolKind kind() {
        return kind;
    }

    /** A parameter of the function, lambda or comprehension: {@code a} in {@code def f(a)}. */
    public boolean isParameter() {
        return (flags & Flags.DEF_PARAM) != 0;
    }

    /** Bound by an import: {@code os} in {@code import os.path}. */
    public boolean isImported() {
        return (flags & Flags.DEF_IMPORT) != 0;
    }

    /**
     * Bound other than by a parameter or an import: assigned, deleted, defined by {@code def} or
     * {@code class}, a loop, {@code with}, {@code except} or pattern target (symtable's
     * {@code is_assigned}).
     */
    public boolean isAssigned() {
        return (flags & Flags.DEF_LOCAL) != 0;
    }

    /** Read in the scope: {@code x} in {@code return x}. */
    public boolean isReferenced() {
        return (flags & Flags.USE) != 0;
    }

    /** Has an annotation in the scope: {@code x} in {@code x: int}. */
    public boolean isAnnotated() {
        return (flags & Flags.DEF_ANNOT) != 0;
    }

    /** Declared {@code nonlocal} (or bound by a comprehension walrus in a function). */
    public boolean isNonlocal() {
        return (flags & Flags.DEF_NONLOCAL) != 0;
    }

    /** Declared {@code global}: the kind is {@link SymbolKind#GLOBAL_EXPLICIT}. */
    public boolean isDeclaredGlobal() {
        return kind == SymbolKind.GLOBAL_EXPLICIT;
    }

    /**
     * The places in this scope that bind the name, in source order; empty for implicit names
     * ({@code .0}, {@code .type_params}, {@code __type_params__}, ...) and for names only read.
     */
    public List<Binding> bindings() {
        return bindings;
    }

    /** The {@code Load} names of this scope that read the symbol, in source order. */
    public List<Expr.Name> uses() {
        return uses;
    }

    @Override
    public String toString() {
        return "Symbol[" + name + " " + kind + " in " + scope.kind() + " " + scope.name() + "]";
    }

    /** Sorts the bindings and uses by position and makes both lists read-only. */
    void freeze() {
        if (!inOrder(bindings, Binding::span)) {
            bindings.sort(Comparator.comparing(Binding::span, Symbol::compare));
        }
        if (!inOrder(uses, Expr.Name::span)) {
            uses.sort(Comparator.comparing(Expr.Name::span, Symbol::compare));
        }
        // Immutable copies hold one or two elements in fields and more in an exact array: a
        // list with spare room and a view over it cost several times that, for every symbol.
        bindings = List.copyOf(bindings);
        uses = List.copyOf(uses);
    }

    private static <T> boolean inOrder(List<T> list, Function<T, Span> span) {
        for (int i = 1; i < list.size(); i++) {
            if (compare(span.apply(list.get(i - 1)), span.apply(list.get(i))) > 0) {
                return false;
            }
        }
        return true;
    }

    private static int compare(Span a, Span b) {
        return a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column());
    }
}
