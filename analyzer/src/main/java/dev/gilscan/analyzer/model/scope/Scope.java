package dev.gilscan.analyzer.model.scope;

import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A namespace of one module: the module, a class body, a function, a lambda, a comprehension
 * that keeps its own scope, or one of the scopes of PEP 695 generics. One table of CPython's
 * {@code symtable}: {@code def f(x): return x} makes the scope {@code f} with the symbol
 * {@code x}.
 */
public final class Scope {
    private final ScopeKind kind;
    private final String name;
    private final Node node;
    private final int line;
    private @Nullable Scope parent;
    private Map<String, Symbol> symbolView = Map.of();
    private List<Scope> childView = List.of();

    // Built by Collector and Analyzer, in CPython's terms (ste_*).
    /** The scope that was current when this one was entered (before comprehension inlining). */
    final @Nullable Scope enclosing;
    final LinkedHashMap<String, Symbol> symbols = new LinkedHashMap<>();
    /** Child scopes; after analysis with the children of inlined comprehensions spliced in. */
    List<Scope> children = new ArrayList<>(0);
    /** False for the annotation scopes that CPython 3.13 leaves out of its tree. */
    final boolean linked;
    /** A list, set or dict comprehension or a generator expression. */
    boolean comprehension;
    boolean generator;
    boolean canSeeClassScope;
    boolean compIterTarget;
    int compIterExpr;
    /** For the scopes of a generic class: the type parameter names, the only names mangled. */
    @Nullable Set<String> mangledNames;
    /** Inlined into {@link #enclosing} (PEP 709): not a scope of its own after analysis. */
    boolean inlined;
    /** For annotation scopes in a class: the class whose namespace they read first. */
    @Nullable Scope classEntry;
    boolean needsClassCell;
    boolean needsClassDict;
    boolean hasStarImport;
    /** For a type variable scope: what it evaluates, for messages ({@code a TypeVar bound}). */
    @Nullable String scopeInfo;
    /** The {@code global} and {@code nonlocal} statements, for messages (ste_directives). */
    @Nullable Map<String, Span> directives;

    Scope(ScopeKind kind, String name, Node node, int line, @Nullable Scope enclosing,
            boolean linked) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.line = line;
        this.enclosing = enclosing;
        this.linked = linked;
    }

    /** What kind of code the scope holds. */
    public ScopeKind kind() {
        return kind;
    }

    /**
     * The name CPython gives the scope (symtable's {@code get_name}): {@code top} for the module,
     * the class, function, type alias or type parameter name, {@code lambda}, {@code genexpr},
     * {@code listcomp}, {@code setcomp}, {@code dictcomp}, {@code _annotation}.
     */
    public String name() {
        return name;
    }

    /**
     * The node whose code the scope holds: the {@code Mod.Module}; the {@code FunctionDef},
     * {@code AsyncFunctionDef} or {@code ClassDef}; the {@code Lambda}; the comprehension or
     * generator expression; the {@code TypeAlias} for {@link ScopeKind#TYPE_ALIAS}; the generic
     * {@code def}, {@code class} or {@code type} statement for {@link ScopeKind#TYPE_PARAMETERS};
     * the {@code TypeParam} for {@link ScopeKind#TYPE_VARIABLE}; the {@code Arguments} (parameter
     * annotations) or the annotation expression (return or variable annotation) for
     * {@link ScopeKind#ANNOTATION}.
     */
    public Node node() {
        return node;
    }

    /** The enclosing scope; null for the module. */
    public @Nullable Scope parent() {
        return parent;
    }

    /**
     * The scopes directly inside this one, in the order CPython creates them; the children of an
     * inlined comprehension are children of the scope it was inlined into, as in CPython. Includes
     * the {@link ScopeKind#ANNOTATION} scopes that CPython leaves out.
     */
    public List<Scope> children() {
        return childView;
    }

    /** The symbols by name, in the order CPython first meets them. */
    public Map<String, Symbol> symbols() {
        return symbolView;
    }

    /**
     * The symbol {@code name} (as the scope holds it, so mangled in a class), or null if the
     * scope never mentions it.
     */
    public @Nullable Symbol symbol(String name) {
        return symbols.get(name);
    }

    /**
     * CPython's line of the scope: the line of the {@code def}, {@code class}, {@code type},
     * lambda or comprehension (of the bound or default for {@link ScopeKind#TYPE_VARIABLE}); 0 for
     * the module.
     */
    public int line() {
        return line;
    }

    /**
     * For a class: a method (or nested scope) reads {@code __class__}, explicitly or through
     * {@code super()}, so the class body creates the implicit {@code __class__} cell.
     */
    public boolean needsClassCell() {
        return needsClassCell;
    }

    /**
     * For a class: an annotation scope inside it (PEP 695) reads the class namespace, so the class
     * body creates the implicit {@code __classdict__} cell.
     */
    public boolean needsClassDict() {
        return needsClassDict;
    }

    @Override
    public String toString() {
        return "Scope[" + kind + " " + name + " line " + line + "]";
    }

    /** Sets the parent in the final tree and makes the views read-only. */
    void freeze(@Nullable Scope finalParent) {
        parent = finalParent;
        symbolView = Collections.unmodifiableMap(symbols);
        childView = children.isEmpty() ? List.of() : Collections.unmodifiableList(children);
    }
}
