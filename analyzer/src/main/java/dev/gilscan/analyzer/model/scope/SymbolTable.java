package dev.gilscan.analyzer.model.scope;

import static dev.gilscan.analyzer.model.scope.Flags.DEF_BOUND;
import static dev.gilscan.analyzer.model.scope.Flags.DEF_GLOBAL;
import static dev.gilscan.analyzer.model.scope.Flags.DEF_NONLOCAL;
import static dev.gilscan.analyzer.model.scope.Flags.DEF_PARAM;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.NodeIndex;
import dev.gilscan.analyzer.ast.NodeMap;
import dev.gilscan.analyzer.ast.TypeParam;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The scopes and symbols of one module, as CPython 3.13's {@code symtable.symtable(source, path,
 * 'exec')} builds them, with the way back to the syntax tree: which scope a node belongs to,
 * which scope a node creates, and which symbol a name reads.
 *
 * <pre>
 * x = 1                     # module top: x local
 * def f(a=x):               # the default is evaluated in the module
 *     return [a + y for y in range(a)]   # f: a local parameter, y local (the list
 *                                        # comprehension is inlined, PEP 709), range global
 * </pre>
 *
 * <p>{@link #build} never throws for a tree the parser produced: the {@code SyntaxError}s that
 * CPython would raise while building its table (a duplicate parameter, {@code nonlocal} without
 * a binding, ...) are listed in {@link #errors}, and the table is completed as well as it can be.
 */
public final class SymbolTable {
    private static final Set<String> MODULE_ATTRIBUTES = Set.of("__name__", "__doc__",
            "__file__", "__spec__", "__loader__", "__package__", "__builtins__", "__cached__",
            "__path__", "__annotations__");

    private final Scope module;
    private final List<Scope> scopes;
    private final List<ScopeError> errors;
    private final NodeMap<Scope> enclosing;
    private final NodeMap<Symbol> names;
    private final IdentityHashMap<Node, List<Scope>> created;

    private SymbolTable(Collector collector, List<Scope> scopes) {
        this.module = collector.top();
        this.scopes = Collections.unmodifiableList(scopes);
        this.errors = collector.errors.isEmpty() ? List.of() : List.copyOf(collector.errors);
        this.enclosing = collector.enclosing;
        this.names = collector.names;
        this.created = collector.created;
    }

    /** Builds the table of {@code module} with CPython 3.13's rules. */
    public static SymbolTable build(Mod.Module module) {
        return build(module, NodeIndex.of(module));
    }

    /**
     * Builds the table of {@code module}, keeping its per-node facts by the numbers of
     * {@code index}, an index of the module's tree.
     */
    public static SymbolTable build(Mod.Module module, NodeIndex index) {
        Collector collector = new Collector(module, index);
        collector.run();
        Analyzer analyzer = new Analyzer(collector.errors);
        analyzer.analyze(collector.top());
        for (Scope comprehension : analyzer.inlined) {
            lend(comprehension);
        }
        List<Scope> scopes = new ArrayList<>();
        ArrayDeque<Scope> stack = new ArrayDeque<>();
        stack.push(collector.top());
        collector.top().freeze(null);
        while (!stack.isEmpty()) {
            Scope scope = stack.pop();
            scopes.add(scope);
            for (Symbol symbol : scope.symbols.values()) {
                symbol.freeze();
            }
            for (int i = scope.children.size() - 1; i >= 0; i--) {
                Scope child = scope.children.get(i);
                child.freeze(scope);
                stack.push(child);
            }
        }
        return new SymbolTable(collector, scopes);
    }

    /**
     * Gives the bindings and uses of an inlined comprehension to the symbols of the scope it was
     * inlined into, where that symbol is the same variable: in a class body the comprehension
     * does not see the class's names, so its reads of them stay out of the class symbol.
     */
    private static void lend(Scope comprehension) {
        Scope into = comprehension.enclosing;
        if (into == null) {
            return;
        }
        for (Symbol symbol : comprehension.symbols.values()) {
            Symbol target = into.symbols.get(symbol.name());
            if ((symbol.flags & DEF_PARAM) != 0 || target == null) {
                continue;
            }
            if (into.kind() == ScopeKind.CLASS && isLocal(target.kind) && !isLocal(symbol.kind)) {
                continue;
            }
            target.bindings.addAll(symbol.bindings);
            target.uses.addAll(symbol.uses);
        }
    }

    private static boolean isLocal(SymbolKind kind) {
        return kind == SymbolKind.LOCAL || kind == SymbolKind.CELL;
    }

    /** The module's scope, the root of the tree. */
    public Scope module() {
        return module;
    }

    /**
     * Every scope, in pre-order (a scope before its children, children in order). Inlined
     * comprehensions are not scopes of their own; the annotation scopes of
     * {@code from __future__ import annotations} are included.
     */
    public List<Scope> scopes() {
        return scopes;
    }

    /**
     * The {@code SyntaxError}s CPython 3.13 raises while building this table (it stops at the
     * first); empty for a file that compiles.
     */
    public List<ScopeError> errors() {
        return errors;
    }

    /**
     * The scope that {@code node} creates and whose code it holds: the function scope for a
     * {@code def}, the class scope for a {@code class}, the type alias scope for a {@code type}
     * statement, the scope of a lambda or of a comprehension CPython does not inline, the first
     * type variable scope of a {@code TypeParam} with a bound or default, the module's for the
     * module; null for other nodes and for inlined comprehensions.
     */
    public @Nullable Scope scopeOf(Node node) {
        List<Scope> all = scopesOf(node);
        if (all.isEmpty()) {
            return null;
        }
        if (node instanceof TypeParam) {
            return all.get(0);
        }
        return all.get(all.size() - 1);
    }

    /**
     * All scopes {@code node} creates, outermost first: a generic {@code def f[T]} creates its
     * {@link ScopeKind#TYPE_PARAMETERS} scope and then its function scope; {@code T: int = str}
     * creates a {@link ScopeKind#TYPE_VARIABLE} scope for the bound and one for the default.
     */
    public List<Scope> scopesOf(Node node) {
        List<Scope> all = created.get(node);
        if (all == null) {
            return List.of();
        }
        List<Scope> kept = new ArrayList<>(all.size());
        for (Scope scope : all) {
            if (!scope.inlined) {
                kept.add(scope);
            }
        }
        return kept;
    }

    /**
     * The innermost scope whose code evaluates {@code node}, following CPython: a default value
     * or decorator belongs to the scope around the {@code def}, the first iterable of a
     * comprehension to the scope around the comprehension, an annotation to the scope around the
     * {@code def} (or to its type parameter scope, or to an annotation scope under
     * {@code from __future__ import annotations}); the parameters of a function belong to it, and
     * a {@code def} or {@code class} statement to the scope that binds its name.
     *
     * @throws IllegalArgumentException if {@code node} is not part of the table's tree
     */
    public Scope enclosingScope(Node node) {
        Symbol symbol = node instanceof Expr.Name name ? names.get(name) : null;
        Scope scope = symbol != null ? symbol.scope() : enclosing.get(node);
        if (scope == null) {
            throw new IllegalArgumentException("not a node of this tree: " + node);
        }
        return effective(scope);
    }

    /** The scope that holds the code of {@code scope}: its own, or the one it was inlined into. */
    private static Scope effective(Scope scope) {
        Scope s = scope;
        while (s.inlined && s.enclosing != null) {
            s = s.enclosing;
        }
        return s;
    }

    /**
     * Follows a name (of any context) to the variable it denotes when its scope runs: a local of
     * its own scope, a cell of an enclosing function (a free name), a global of the module, or a
     * builtin. In an annotation scope of a class (PEP 695), a name the class binds resolves to
     * the class's symbol. A name at module level is {@link ResolutionKind#LOCAL} to the module.
     *
     * @throws IllegalArgumentException if {@code name} is not part of the table's tree
     */
    public Resolution resolve(Expr.Name name) {
        Symbol raw = names.get(name);
        if (raw == null) {
            Scope scope = enclosingScope(name);
            Symbol symbol = scope.symbols.get(name.id());
            return symbol == null ? global(name.id()) : resolveIn(scope, symbol, scope);
        }
        Scope home = effective(raw.scope());
        Scope scope = raw.scope();
        Symbol symbol = raw;
        while (scope.inlined && scope.enclosing != null) {
            switch (symbol.kind) {
                case LOCAL, CELL -> {
                    Symbol merged = home.symbols.get(symbol.name());
                    return new Resolution(ResolutionKind.LOCAL, merged != null ? merged : symbol);
                }
                case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> {
                    return global(symbol.name());
                }
                default -> {
                    Scope outer = scope.enclosing;
                    if (outer.kind() == ScopeKind.CLASS) {
                        return free(outer.parent(), symbol.name());
                    }
                    Symbol there = outer.symbols.get(symbol.name());
                    if (there == null) {
                        return global(symbol.name());
                    }
                    scope = outer;
                    symbol = there;
                }
            }
        }
        return resolveIn(scope, symbol, home);
    }

    private Resolution resolveIn(Scope scope, Symbol symbol, Scope home) {
        String name = symbol.name();
        switch (symbol.kind) {
            case LOCAL, CELL:
                return new Resolution(scope == home ? ResolutionKind.LOCAL
                        : ResolutionKind.ENCLOSING, symbol);
            case GLOBAL_IMPLICIT:
                Scope classEntry = scope.classEntry;
                if (classEntry != null) {
                    Symbol inClass = classEntry.symbols.get(name);
                    if (inClass != null && (inClass.flags & DEF_BOUND) != 0
                            && (inClass.flags & DEF_NONLOCAL) == 0) {
                        return new Resolution(ResolutionKind.ENCLOSING, inClass);
                    }
                }
                return global(name);
            case GLOBAL_EXPLICIT:
                return global(name);
            default:
                if (name.equals("__class__") || name.equals("__classdict__")) {
                    for (Scope s = scope.parent(); s != null; s = s.parent()) {
                        if (s.kind() == ScopeKind.CLASS) {
                            return new Resolution(ResolutionKind.ENCLOSING, s.symbols.get(name));
                        }
                    }
                }
                return free(scope.parent(), name);
        }
    }

    /** A free name: the nearest enclosing function-like scope that binds it (classes skipped). */
    private static Resolution free(@Nullable Scope from, String name) {
        for (Scope s = from; s != null; s = s.parent()) {
            if (s.kind() == ScopeKind.CLASS) {
                continue;
            }
            Symbol symbol = s.symbols.get(name);
            if (symbol != null && isLocal(symbol.kind)) {
                return new Resolution(ResolutionKind.ENCLOSING, symbol);
            }
        }
        return new Resolution(ResolutionKind.UNRESOLVED, null);
    }

    /** A global name: the module's if it binds it, else a builtin, else unresolved. */
    private Resolution global(String name) {
        Symbol symbol = module.symbols.get(name);
        if (symbol != null && (symbol.flags & (DEF_BOUND | DEF_GLOBAL)) != 0) {
            return new Resolution(ResolutionKind.GLOBAL, symbol);
        }
        if (Builtins.NAMES.contains(name)) {
            return new Resolution(ResolutionKind.BUILTIN, null);
        }
        if (MODULE_ATTRIBUTES.contains(name) || module.hasStarImport) {
            return new Resolution(ResolutionKind.GLOBAL, symbol);
        }
        return new Resolution(ResolutionKind.UNRESOLVED, null);
    }
}
