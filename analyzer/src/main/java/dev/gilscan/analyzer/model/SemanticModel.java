package dev.gilscan.analyzer.model;

import dev.gilscan.analyzer.ast.Alias;
import dev.gilscan.analyzer.ast.Arg;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.NodeIndex;
import dev.gilscan.analyzer.ast.NodeMap;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.ast.TreeWalker;
import dev.gilscan.analyzer.model.scope.Binding;
import dev.gilscan.analyzer.model.scope.BindingKind;
import dev.gilscan.analyzer.model.scope.Resolution;
import dev.gilscan.analyzer.model.scope.ResolutionKind;
import dev.gilscan.analyzer.model.scope.Symbol;
import dev.gilscan.analyzer.model.scope.SymbolTable;
import dev.gilscan.analyzer.parser.ParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What gilscan knows about one file: its tree, scopes and symbols, imports, when each statement
 * runs, and the qualified names and tracked values of its expressions. Built once per file and
 * shared by every rule; {@link Project} adds what needs the other files.
 */
public final class SemanticModel {
    private final Path path;
    private final ModuleName module;
    private final ParseResult parse;
    private final SymbolTable symbols;
    private final Imports imports;
    private final ExecutionContexts execution;
    /** The file's nodes, numbered: the per-node facts below are arrays, not identity maps. */
    private final NodeIndex index = new NodeIndex();
    private final NodeMap<Node> parents = new NodeMap<>(index);
    /**
     * Each node's statement and innermost function, found once on the way down: walking up for
     * each node is quadratic in a chain like {@code f()()()...}, whose depth grows with its length.
     */
    private final NodeMap<Stmt> statements = new NodeMap<>(index);
    private final NodeMap<Node> functions = new NodeMap<>(index);
    /** Each statement's list (a body, an else, a finally) and index in it: no search per query. */
    private final Map<Stmt, Place> places = new java.util.IdentityHashMap<>();
    /**
     * Each def's, class's and lambda's {@link #definitionName}, built from the one around it: a
     * name found by walking up for each definition is quadratic in {@code lambda: lambda: ...}.
     */
    private final Map<Node, String> definitionNames = new java.util.IdentityHashMap<>();
    /** What classes of this package derive from the model once, by kind ({@link #derived}). */
    private final Map<Class<?>, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Expr.Call> calls = new java.util.ArrayList<>();
    private final List<Stmt.ClassDef> classes = new java.util.ArrayList<>();
    private final List<Stmt.Assign> assignments = new java.util.ArrayList<>();
    private final List<Stmt.AsyncFunctionDef> coroutines = new java.util.ArrayList<>();
    private final boolean script;
    private @Nullable List<Definition> definitions;
    /**
     * {@link #qualifiedName(Expr)} of each node asked, by node number ({@link #NO_NAME} for
     * none): every analysis asks it of the same calls and names, each time resolving the name and
     * following its bindings. Written by whichever thread asks first; every thread computes the
     * same string, so a race only computes it twice.
     */
    private volatile Object @Nullable [] qualifiedNames;
    private static final Object NO_NAME = new Object();
    private final Values values;

    private SemanticModel(Path path, ModuleName module, ParseResult parse) {
        this.path = path;
        this.module = module;
        this.parse = parse;
        Mod.Module tree = parse.module();
        new TreeWalker() {
            private final List<Node> definitions = new ArrayList<>();

            @Override
            protected void leave(Node node, List<Node> ancestors) {
                if (!definitions.isEmpty() && definitions.get(definitions.size() - 1) == node) {
                    definitions.remove(definitions.size() - 1);
                }
                index.close(node);
            }

            @Override
            protected void enter(Node node, List<Node> ancestors) {
                index.add(node);
                String name = ownName(node);
                if (name != null) {
                    Node outer = definitions.isEmpty() ? null : definitions.get(definitions.size() - 1);
                    definitionNames.put(node, outer == null ? module.name() + "." + name
                            : nestedName(definitionNames.get(outer), outer, name));
                    definitions.add(node);
                }
                Node parent = ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1);
                if (parent != null) {
                    parents.put(node, parent);
                    Node function = functionOf(parent, node);
                    if (function != null) {
                        functions.put(node, function);
                    }
                }
                Stmt statement = node instanceof Stmt s ? s
                        : parent == null ? null : statements.get(parent);
                if (statement != null) {
                    statements.put(node, statement);
                }
                for (List<Stmt> block : Nodes.blocks(node)) {
                    for (int i = 0; i < block.size(); i++) {
                        places.put(block.get(i), new Place(block, i));
                    }
                }
                if (node instanceof Expr.Call c) {
                    calls.add(c);
                } else if (node instanceof Stmt.ClassDef c) {
                    classes.add(c);
                } else if (node instanceof Stmt.Assign a) {
                    assignments.add(a);
                } else if (node instanceof Stmt.AsyncFunctionDef f) {
                    coroutines.add(f);
                }
            }
        }.walk(tree);
        index.trim();
        parents.trim();
        statements.trim();
        functions.trim();
        this.symbols = SymbolTable.build(tree, index);
        this.imports = Imports.of(tree, module, index);
        this.execution = ExecutionContexts.of(tree, index);
        String text = parse.source().text();
        String fileName = path.getFileName() == null ? "" : path.getFileName().toString();
        this.script = execution.hasMainGuard() || fileName.equals("__main__.py")
                || text.startsWith("#!");
        this.values = new Values(this);
    }

    /**
     * The file's nodes, numbered in walk order with their subtrees: {@code walker.walk(root,
     * file.nodes())} walks a node of this file faster than {@code walker.walk(root)}.
     */
    public NodeIndex nodes() {
        return index;
    }

    /** {@link Nodes#findAll}: the nodes of a type under {@code root}, a node of this file. */
    public <T extends Node> List<T> findAll(Node root, Class<T> type) {
        return Nodes.findAll(root, type, index);
    }

    /** Builds the model of a parsed file whose module name is known. */
    public static SemanticModel build(Path path, ModuleName module, ParseResult parse) {
        return new SemanticModel(path, module, parse);
    }

    public Path path() {
        return path;
    }

    public ModuleName module() {
        return module;
    }

    public ParseResult parse() {
        return parse;
    }

    public Mod.Module tree() {
        return parse.module();
    }

    public SymbolTable symbols() {
        return symbols;
    }

    public Imports imports() {
        return imports;
    }

    public ExecutionContexts execution() {
        return execution;
    }

    public Values values() {
        return values;
    }

    /**
     * True if the file looks like a script: it has an {@code if __name__ == "__main__":} guard,
     * is a {@code __main__.py}, or starts with a {@code #!} line.
     */
    public boolean isScript() {
        return script;
    }

    /**
     * The functions and classes the file defines, nested ones included, in walk order: found
     * once, so that each project made with this file (an editor's, on every save) indexes them
     * without walking the tree again.
     */
    public synchronized List<Definition> definitions() {
        if (definitions == null) {
            List<Definition> found = new ArrayList<>();
            new TreeWalker() {
                @Override
                protected void enter(Node node, List<Node> ancestors) {
                    Definition.Kind kind = null;
                    if (node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef) {
                        kind = Definition.Kind.FUNCTION;
                    } else if (node instanceof Stmt.ClassDef) {
                        kind = Definition.Kind.CLASS;
                    }
                    if (kind != null) {
                        found.add(new Definition(kind, definitionName(node), node,
                                SemanticModel.this));
                    }
                }
            }.walk(tree(), index);
            definitions = List.copyOf(found);
        }
        return definitions;
    }

    /** Every call in the file, in source order: one walk serves every analysis that asks. */
    public List<Expr.Call> calls() {
        return java.util.Collections.unmodifiableList(calls);
    }

    /** Every class statement in the file, nested ones included, in source order. */
    public List<Stmt.ClassDef> classes() {
        return java.util.Collections.unmodifiableList(classes);
    }

    /** Every plain assignment statement in the file, in source order. */
    public List<Stmt.Assign> assignments() {
        return java.util.Collections.unmodifiableList(assignments);
    }

    /** The file's {@code async def}s, in source order (outer before inner). */
    public List<Stmt.AsyncFunctionDef> coroutines() {
        return java.util.Collections.unmodifiableList(coroutines);
    }

    private record Place(List<Stmt> block, int index) {}

    /** The statement list that holds {@code statement} (a body, an else, a finally), or null. */
    public @Nullable List<Stmt> blockOf(Stmt statement) {
        Place place = places.get(statement);
        return place == null ? null : place.block();
    }

    /** The index of {@code statement} in {@link #blockOf its list}, or -1. */
    public int indexInBlock(Stmt statement) {
        Place place = places.get(statement);
        return place == null ? -1 : place.index();
    }

    /** True if {@code block} holds {@code node} itself: {@link Locks#holds} without the search. */
    public boolean inBlock(List<Stmt> block, Node node) {
        return node instanceof Stmt s && blockOf(s) == block;
    }

    /**
     * A fact of this file that a class of this package builds once, on first use, and keeps with
     * the model (one per kind; {@code build} must not ask for another).
     */
    public <T> T derived(Class<T> kind, java.util.function.Supplier<T> build) {
        return kind.cast(derived.computeIfAbsent(kind, k -> build.get()));
    }

    /** The node that contains {@code node}, or null for the module. */
    public @Nullable Node parent(Node node) {
        return parents.get(node);
    }

    /** The statement that contains {@code node} (itself if it is one). */
    public @Nullable Stmt statementOf(Node node) {
        return node instanceof Stmt s ? s : statements.get(node);
    }

    /**
     * The innermost function ({@code def}, {@code async def} or {@code lambda}) that contains
     * {@code node}, or null at module or class level. A function's default values, decorators
     * and annotations run in the scope around it, when the {@code def} runs: they are not in it.
     */
    public @Nullable Node enclosingFunction(Node node) {
        return functions.get(node);
    }

    /** The innermost function around {@code child}, whose parent is {@code parent}. */
    private @Nullable Node functionOf(Node parent, Node child) {
        // A def's only statement children are its body: decorators, defaults and
        // annotations are expressions of the scope around it.
        if ((parent instanceof Stmt.FunctionDef || parent instanceof Stmt.AsyncFunctionDef)
                && child instanceof Stmt
                || parent instanceof Expr.Lambda l && l.body() == child) {
            return parent;
        }
        return functions.get(parent);
    }

    /** The innermost class whose body (not a nested function) contains {@code node}. */
    public Stmt.@Nullable ClassDef enclosingClass(Node node) {
        for (Node n = parents.get(node); n != null; n = parents.get(n)) {
            if (n instanceof Stmt.ClassDef c) {
                return c;
            }
        }
        return null;
    }

    /** The class a method is defined in, if {@code function} is directly in a class body. */
    public Stmt.@Nullable ClassDef classOfMethod(Node function) {
        Node p = parents.get(function);
        return p instanceof Stmt.ClassDef c ? c : null;
    }

    /**
     * The qualified name of a definition, like Python's {@code __module__ + "." + __qualname__}:
     * {@code pkg.mod.f}, {@code pkg.mod.C.m}, {@code pkg.mod.f.<locals>.g},
     * {@code pkg.mod.f.<locals>.<lambda>}. For another node, the name of the definition around
     * it. A lambda nested so deep that the name passes 4,096 characters gets the name of the
     * lambda around it.
     */
    public String definitionName(Node definition) {
        String known = definitionNames.get(definition);
        if (known != null) {
            return known;
        }
        for (Node n = parents.get(definition); n != null; n = parents.get(n)) {
            known = definitionNames.get(n);
            if (known != null) {
                return known;
            }
        }
        return module.name() + ".";
    }

    /**
     * The longest qualified name kept: only lambdas nest deeper than CPython's 100 levels of
     * indentation, and one inside a name this long gets the name of the lambda around it.
     */
    private static final int LONGEST_NAME = 4096;

    private static String nestedName(String outerName, Node outer, String name) {
        if (outerName.length() > LONGEST_NAME) {
            return outerName;
        }
        boolean function = outer instanceof Stmt.FunctionDef || outer instanceof Stmt.AsyncFunctionDef
                || outer instanceof Expr.Lambda;
        return outerName + (function ? ".<locals>." : ".") + name;
    }

    /** The name a def, class or lambda has in a qualified name; null for other nodes. */
    private static @Nullable String ownName(Node n) {
        if (n instanceof Stmt.FunctionDef f) {
            return f.name();
        } else if (n instanceof Stmt.AsyncFunctionDef f) {
            return f.name();
        } else if (n instanceof Stmt.ClassDef c) {
            return c.name();
        } else if (n instanceof Expr.Lambda) {
            return "<lambda>";
        }
        return null;
    }

    /**
     * The qualified name an expression denotes, as far as this file tells: an imported name
     * ({@code cf.ThreadPoolExecutor} → {@code concurrent.futures.ThreadPoolExecutor}), a definition
     * of this file ({@code pkg.mod.f}), a builtin ({@code builtins.len}), an attribute of any of
     * those, or a simple alias ({@code TPE = ThreadPoolExecutor}). Null when unknown. Use
     * {@link Project#canonical} to follow re-exports across the project's files.
     */
    public @Nullable String qualifiedName(Expr e) {
        if (!(e instanceof Expr.Name || e instanceof Expr.Attribute)) {
            return null;
        }
        int id = index.id(e);
        if (id < 0) {
            return qualifiedName(e, 0);
        }
        Object[] memo = qualifiedNames;
        if (memo == null) {
            memo = new Object[index.size()];
            qualifiedNames = memo;
        }
        Object known = memo[id];
        if (known == null) {
            String name = qualifiedName(e, 0);
            memo[id] = name == null ? NO_NAME : name;
            return name;
        }
        return known == NO_NAME ? null : (String) known;
    }

    @Nullable String qualifiedName(Expr e, int depth) {
        if (depth > 8) {
            return null;
        }
        if (e instanceof Expr.Name n) {
            return nameQualifiedName(n, depth);
        }
        if (e instanceof Expr.Attribute a) {
            if (a.value() instanceof Expr.Call c && isGetContext(qualifiedName(c.func(), depth + 1))) {
                return "multiprocessing." + a.attr();
            }
            String base = qualifiedName(a.value(), depth + 1);
            if (base == null) {
                Values.Value v = values.valueOf(a.value(), depth + 1);
                if (v instanceof Values.Value.Context) {
                    return "multiprocessing." + a.attr();
                }
                return null;
            }
            return base + "." + a.attr();
        }
        return null;
    }

    static boolean isGetContext(@Nullable String qualified) {
        return "multiprocessing.get_context".equals(qualified)
                || "multiprocessing.context.BaseContext.get_context".equals(qualified);
    }

    private @Nullable String nameQualifiedName(Expr.Name n, int depth) {
        Resolution r = symbols.resolve(n);
        if (r.kind() == ResolutionKind.BUILTIN) {
            return "builtins." + n.id();
        }
        Symbol symbol = r.symbol();
        if (symbol == null) {
            return null;
        }
        String found = null;
        for (Binding b : symbol.bindings()) {
            String candidate = bindingQualifiedName(b, depth);
            if (candidate == null) {
                continue;
            }
            if (found != null && !found.equals(candidate)) {
                return b.kind() == BindingKind.IMPORT ? found : null;
            }
            found = candidate;
        }
        return found;
    }

    private @Nullable String bindingQualifiedName(Binding b, int depth) {
        Node node = b.node();
        switch (b.kind()) {
            case IMPORT -> {
                Imports.ImportedName imported = node instanceof Alias a ? imports.forAlias(a) : null;
                return imported == null ? null : imported.qualifiedName();
            }
            case FUNCTION, CLASS -> {
                return definitionName(node);
            }
            case ASSIGNMENT -> {
                Node parent = parents.get(node);
                if (parent instanceof Stmt.Assign assign && assign.targets().size() == 1
                        && assign.targets().get(0) == node
                        && (assign.value() instanceof Expr.Name
                                || assign.value() instanceof Expr.Attribute)) {
                    return qualifiedName(assign.value(), depth + 1);
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** The source text of a node, as written (the first line and "..." if it spans lines). */
    public String text(dev.gilscan.analyzer.ast.Located node) {
        String text = parse.source().slice(node.span());
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).stripTrailing() + " ...";
    }

    /**
     * The expression a name was assigned from, when the name has exactly one binding in its scope
     * and it is a plain assignment ({@code f = lambda x: x}); null otherwise.
     */
    public @Nullable Expr singleAssignedValue(Expr.Name name) {
        Symbol symbol = symbols.resolve(name).symbol();
        if (symbol == null || symbol.bindings().size() != 1) {
            return null;
        }
        Node target = symbol.bindings().get(0).node();
        Node parent = parents.get(target);
        if (parent instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) == target) {
            return a.value();
        }
        if (parent instanceof Stmt.AnnAssign a && a.target() == target) {
            return a.value();
        }
        return null;
    }

    /**
     * The expressions a name is assigned from by plain assignments in its scope, in the order of
     * its bindings ({@code ddf = read(p); ddf = ddf.clean()}: both calls); empty when it has
     * none, for example a parameter or an import.
     */
    public List<Expr> assignedValues(Expr.Name name) {
        Symbol symbol = symbols.resolve(name).symbol();
        List<Expr> out = new ArrayList<>();
        for (Binding b : symbol == null ? List.<Binding>of() : symbol.bindings()) {
            Node target = b.node();
            Node parent = parents.get(target);
            if (parent instanceof Stmt.Assign a && a.targets().contains(target)) {
                out.add(a.value());
            } else if (parent instanceof Stmt.AnnAssign a && a.target() == target
                    && a.value() != null) {
                out.add(a.value());
            }
        }
        return out;
    }

    /**
     * The {@code def} or {@code class} statement a name denotes when that is its only binding,
     * such as {@code g} after {@code def g(): ...}; null otherwise.
     */
    public @Nullable Node definitionOf(Expr.Name name) {
        Symbol symbol = symbols.resolve(name).symbol();
        if (symbol == null || symbol.bindings().size() != 1) {
            return null;
        }
        Binding b = symbol.bindings().get(0);
        return b.kind() == BindingKind.FUNCTION || b.kind() == BindingKind.CLASS ? b.node() : null;
    }

    /** The first parameter of a method (usually {@code self} or {@code cls}), if any. */
    public @Nullable String firstParameter(Node function) {
        List<Arg> args = new ArrayList<>();
        if (function instanceof Stmt.FunctionDef f) {
            args.addAll(f.args().posonlyargs());
            args.addAll(f.args().args());
        } else if (function instanceof Stmt.AsyncFunctionDef f) {
            args.addAll(f.args().posonlyargs());
            args.addAll(f.args().args());
        }
        return args.isEmpty() ? null : args.get(0).arg();
    }
}
