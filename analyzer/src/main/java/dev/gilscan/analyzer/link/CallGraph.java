package dev.gilscan.analyzer.link;

import dev.gilscan.analyzer.ast.Arg;
import dev.gilscan.analyzer.ast.Arguments;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Keyword;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.ast.TreeWalker;
import dev.gilscan.analyzer.model.Definition;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.model.Values;
import dev.gilscan.analyzer.parallel.PerFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who calls whom in the project, and which functions are passed around as values.
 *
 * <pre>
 * def work(n): return helper(n)        # work -CALL-> helper
 * c = Counter(); c.bump()              # &lt;module&gt; -CALL-> Counter.__init__, Counter.bump
 * pool.map(self.row, rows)             # m -REFERENCE-> C.row
 * pool.submit(partial(work, 1))        # &lt;module&gt; -REFERENCE-> work
 * Thread(target=lambda: work(2))       # the lambda -CALL-> work
 * </pre>
 */
public final class CallGraph {
    /**
     * A function of the project: a {@code def}, a {@code lambda}, or a module's top-level code
     * (node: the Module, name: {@code pkg.mod.<module>}).
     */
    public record Function(Node node, String name, SemanticModel file) {}

    /** How the callee appears at the site. */
    public enum EdgeKind {
        /** {@code f(...)}. */
        CALL,
        /** {@code f} passed as a value: {@code pool.map(f, xs)}, {@code Thread(target=f)}. */
        REFERENCE,
        /**
         * A call of a callable the object stores: {@code self.on_done(x)} or
         * {@code for h in self._hooks: h(x)} runs {@code f} after {@code d.add_hook(f)}; each
         * object runs its own, so threads share it only when they share the object.
         */
        STORED_CALL
    }

    /** One edge: {@code caller} calls or passes {@code callee} at {@code site}. */
    public record Edge(Function caller, Function callee, Expr site, EdgeKind kind) {}

    private final Project project;
    private final Map<Node, Function> functions = new IdentityHashMap<>();
    private final List<Function> order = new ArrayList<>();
    private final Map<Node, List<Edge>> out = new IdentityHashMap<>();
    private final Map<Node, List<Edge>> in = new IdentityHashMap<>();

    private CallGraph(Project project) {
        this.project = project;
    }

    private final Map<Edge, List<Function>> registrations = new IdentityHashMap<>();

    static CallGraph build(Project project) {
        CallGraph graph = new CallGraph(project);
        for (List<Function> defined : PerFile.map(project.files(), CallGraph::functionsOf,
                (file, thrown) -> {
                    throw new IllegalStateException("the functions of " + file.path()
                            + " failed: " + thrown, thrown);
                })) {
            defined.forEach(graph::add);
        }
        graph.methodsByName = graph.methodsByName();
        graph.subclassIndex = graph.subclassIndex();
        List<List<Edge>> calls = PerFile.map(project.files(), graph::callsOf, (file, thrown) -> {
            throw new IllegalStateException("the calls of " + file.path() + " failed: " + thrown,
                    thrown);
        });
        for (List<Edge> edges : calls) {
            for (Edge e : edges) {
                graph.add(e);
            }
        }
        CallableFlow.link(graph, project.files());
        FutureCallbacks.link(graph, project.files());
        return graph;
    }

    /** The module's code and the file's functions, in source order. */
    private static List<Function> functionsOf(SemanticModel file) {
        List<Function> defined = new ArrayList<>();
        defined.add(new Function(file.tree(), file.module().name() + ".<module>", file));
        new TreeWalker() {
            @Override
            protected void enter(Node node, List<Node> ancestors) {
                if (isFunction(node)) {
                    defined.add(new Function(node, file.definitionName(node), file));
                }
            }
        }.walk(file.tree(), file.nodes());
        return defined;
    }

    private void add(Function f) {
        functions.put(f.node(), f);
        order.add(f);
    }

    public static boolean isFunction(Node node) {
        return node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef
                || node instanceof Expr.Lambda;
    }

    /**
     * The edges of the calls in {@code file}, and of the functions they pass on, in source order:
     * what the file alone says once the project's functions are known, so the files are read in
     * parallel and their edges added after, in the files' order.
     */
    private List<Edge> callsOf(SemanticModel file) {
        List<Edge> found = new ArrayList<>();
        new TreeWalker() {
            @Override
            protected void enter(Node node, List<Node> ancestors) {
                if (!(node instanceof Expr.Call call)) {
                    return;
                }
                Node owner = file.enclosingFunction(call);
                Function caller = functions.get(owner == null ? file.tree() : owner);
                Function callee = resolveCall(file, call);
                if (callee != null) {
                    found.add(new Edge(caller, callee, call, EdgeKind.CALL));
                    for (Function override : overrides(file, call, callee)) {
                        found.add(new Edge(caller, override, call, EdgeKind.CALL));
                    }
                } else {
                    for (Function named : byMethodName(file, call)) {
                        found.add(new Edge(caller, named, call, EdgeKind.CALL));
                    }
                }
                for (Expr arg : call.args()) {
                    reference(file, caller, arg instanceof Expr.Starred s ? s.value() : arg, found);
                }
                for (Keyword k : call.keywords()) {
                    reference(file, caller, k.value(), found);
                }
            }
        }.walk(file.tree(), file.nodes());
        return found;
    }

    private void reference(SemanticModel file, Function caller, Expr value, List<Edge> found) {
        if (value instanceof Expr.Call) {
            return;
        }
        Function target = resolveCallable(file, value);
        if (target != null) {
            found.add(new Edge(caller, target, value, EdgeKind.REFERENCE));
        }
    }

    /** Adds an edge found by a later step (a callable passed on, then called). */
    void addEdge(Function caller, Function callee, Expr site, EdgeKind kind) {
        addEdge(caller, callee, site, kind, null);
    }

    /**
     * Adds an edge once; for a {@link EdgeKind#STORED_CALL}, {@code registeredIn} is the
     * function that handed the callable over ({@code dl.add_hook(progress)}).
     */
    void addEdge(Function caller, Function callee, Expr site, EdgeKind kind,
            @Nullable Function registeredIn) {
        for (Edge e : callees(caller)) {
            if (e.callee() == callee && e.site() == site && e.kind() == kind) {
                if (registeredIn != null) {
                    registrations.computeIfAbsent(e, k -> new ArrayList<>()).add(registeredIn);
                }
                return;
            }
        }
        Edge e = edge(caller, callee, site, kind);
        if (registeredIn != null) {
            registrations.computeIfAbsent(e, k -> new ArrayList<>()).add(registeredIn);
        }
    }

    /** True if the edge's call is a method call on the caller's first parameter: {@code self.m()}. */
    public static boolean throughSelf(Edge e) {
        return e.site() instanceof Expr.Call c && c.func() instanceof Expr.Attribute a
                && a.value() instanceof Expr.Name n
                && n.id().equals(e.caller().file().firstParameter(e.caller().node()));
    }

    /** The functions that handed over the callable a stored call runs; empty if unknown. */
    public List<Function> registeredIn(Edge e) {
        return registrations.getOrDefault(e, List.of());
    }

    private Edge edge(Function caller, Function callee, Expr site, EdgeKind kind) {
        return add(new Edge(caller, callee, site, kind));
    }

    private Edge add(Edge e) {
        out.computeIfAbsent(e.caller().node(), k -> new ArrayList<>()).add(e);
        in.computeIfAbsent(e.callee().node(), k -> new ArrayList<>()).add(e);
        return e;
    }

    /** The project function a call runs, or null if unknown or outside the project. */
    public @Nullable Function resolveCall(SemanticModel file, Expr.Call call) {
        Expr func = call.func();
        if (func instanceof Expr.Lambda lambda) {
            return functions.get(lambda);
        }
        Definition def = definitionOf(file, func);
        if (def == null) {
            return null;
        }
        if (def.kind() == Definition.Kind.CLASS) {
            Definition init = project.method(def, "__init__");
            return init == null ? null : functions.get(init.node());
        }
        return functions.get(def.node());
    }

    /**
     * The project function an expression denotes when it is passed as a value: a function name,
     * {@code self.method}, {@code obj.method} with {@code obj} of a known project class, a lambda,
     * or {@code functools.partial(f, ...)}.
     */
    public @Nullable Function resolveCallable(SemanticModel file, Expr value) {
        if (value instanceof Expr.Lambda lambda) {
            return functions.get(lambda);
        }
        if (value instanceof Expr.Call call && !call.args().isEmpty()
                && "functools.partial".equals(file.qualifiedName(call.func()))) {
            return resolveCallable(file, call.args().get(0));
        }
        if (!(value instanceof Expr.Name || value instanceof Expr.Attribute)) {
            return null;
        }
        Definition def = definitionOf(file, value);
        return def == null || def.kind() != Definition.Kind.FUNCTION ? null
                : functions.get(def.node());
    }

    private @Nullable Definition definitionOf(SemanticModel file, Expr func) {
        String qualified = file.qualifiedName(func);
        Definition def = project.definition(qualified);
        if (def != null) {
            return def;
        }
        if (!(func instanceof Expr.Attribute a)) {
            return null;
        }
        Definition cls = classOfReceiver(file, a.value());
        return cls == null ? null : project.method(cls, a.attr());
    }

    /** The project class of a method call's receiver: {@code self}, {@code cls}, or a tracked instance. */
    private @Nullable Definition classOfReceiver(SemanticModel file, Expr receiver) {
        if (receiver instanceof Expr.Name n) {
            Node function = file.enclosingFunction(receiver);
            if (function != null && n.id().equals(file.firstParameter(function))) {
                Stmt.ClassDef cls = file.classOfMethod(function);
                if (cls != null) {
                    return project.definition(file.definitionName(cls));
                }
            }
        }
        Values.Value v = file.values().valueOf(receiver);
        if (v instanceof Values.Value.CallResult r) {
            Definition def = project.definition(r.callee());
            if (def != null && def.kind() == Definition.Kind.CLASS) {
                return def;
            }
        }
        if (receiver instanceof Expr.Call c) {
            Definition called = definitionOf(file, c.func());
            return called == null ? null : annotatedReturn(called);
        }
        return null;
    }

    /**
     * The project class a project function's return annotation names: {@code def get(cls) ->
     * "Service"} in class {@code Service} (a singleton's accessor), {@code -> Config}.
     */
    private @Nullable Definition annotatedReturn(Definition function) {
        if (!(function.node() instanceof Stmt.FunctionDef f) || f.returns() == null) {
            return null;
        }
        SemanticModel file = function.file();
        String qualified;
        if (f.returns() instanceof Expr.Constant k
                && k.value() instanceof dev.gilscan.analyzer.ast.ConstantValue.Str s) {
            Stmt.ClassDef own = file.classOfMethod(f);
            qualified = own != null && own.name().equals(s.value()) ? file.definitionName(own)
                    : file.module().name() + "." + s.value();
        } else {
            qualified = file.qualifiedName(f.returns());
        }
        Definition def = project.definition(qualified);
        return def != null && def.kind() == Definition.Kind.CLASS ? def : null;
    }

    /**
     * The methods of project subclasses that override {@code callee} when the call goes through
     * {@code self}: {@code self.real_download()} in a base class runs the subclass's method.
     */
    private List<Function> overrides(SemanticModel file, Expr.Call call, Function callee) {
        if (!(call.func() instanceof Expr.Attribute a) || !(a.value() instanceof Expr.Name n)) {
            return List.of();
        }
        Node function = file.enclosingFunction(call);
        Stmt.ClassDef own = function == null || !n.id().equals(file.firstParameter(function))
                ? null : file.classOfMethod(function);
        if (own == null) {
            return List.of();
        }
        List<Function> all = overridesByName.computeIfAbsent(
                file.definitionName(own) + "#" + a.attr(), key -> {
                    List<Function> found = new ArrayList<>();
                    for (Definition sub : subclasses(file.definitionName(own))) {
                        Definition m = project.method(sub, a.attr());
                        Function f = m == null ? null : functions.get(m.node());
                        if (f != null && !found.contains(f)) {
                            found.add(f);
                        }
                    }
                    return found;
                });
        List<Function> out = new ArrayList<>(all.size());
        for (Function f : all) {
            if (f != callee) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * What {@link #overrides} finds in the subclasses, by class and method name
     * ({@code "pkg.Base#run"}): each call through {@code self} in a class asks the same.
     */
    private final Map<String, List<Function>> overridesByName =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Past this many project methods of one name, a call by that name is not followed. */
    private static final int MAX_NAMESAKES = 2;
    /**
     * Method names the standard library's objects use everywhere (threads, sockets, files,
     * containers): a call by one of these names on a receiver of unknown type is much more likely
     * to be such an object's than the project's one method of that name ({@code x.start()} on a
     * container object, {@code self.socket.bind(...)}).
     */
    private static final java.util.Set<String> LIBRARY_NAMES = java.util.Set.of("start", "stop", "run", "join",
            "close", "bind", "connect", "send", "recv", "read", "write", "flush", "open", "wait",
            "get", "put", "set", "add", "append", "remove", "pop", "clear", "update", "copy",
            "items", "keys", "values", "acquire", "release", "shutdown", "submit", "cancel",
            "result", "terminate", "kill");
    /** The project's methods by name, before the files' calls are read. */
    private Map<String, List<Function>> methodsByName = Map.of();

    /**
     * The project methods a call on a receiver of unknown type may run, found by the method's
     * name when at most {@link #MAX_NAMESAKES} classes define it ({@code ctx["dl"].download(...)}
     * with one {@code download} in the project): class hierarchy analysis without the type.
     * Receivers that are modules, library objects or tracked values are left alone.
     */
    private List<Function> byMethodName(SemanticModel file, Expr.Call call) {
        if (!(call.func() instanceof Expr.Attribute a) || a.attr().startsWith("__")
                || LIBRARY_NAMES.contains(a.attr())
                || file.qualifiedName(a.value()) != null
                || file.values().valueOf(a.value()) != null
                || a.value() instanceof Expr.Constant || a.value() instanceof Expr.JoinedStr
                || isSelf(file, call, a.value())) {
            return List.of();
        }
        List<Function> named = new ArrayList<>();
        boolean fromTests = testFile(file);
        for (Function f : methodsByName.getOrDefault(a.attr(), List.of())) {
            if ((fromTests || !testFile(f.file())) && accepts(f.node(), call)) {
                named.add(f);
            }
        }
        return named.size() > MAX_NAMESAKES ? List.of() : named;
    }

    /**
     * True if {@code receiver} is the method's own {@code self}: a call through it that the class
     * hierarchy does not resolve is an attribute holding a callable ({@code self.wsgi(environ,
     * start)} after {@code self.wsgi = app.wsgi()}), not some other class's method.
     */
    private static boolean isSelf(SemanticModel file, Expr.Call call, Expr receiver) {
        Node function = file.enclosingFunction(call);
        return receiver instanceof Expr.Name n && function != null
                && file.classOfMethod(function) != null
                && n.id().equals(file.firstParameter(function));
    }

    /** True if a bound method {@code function} can take the arguments {@code call} passes. */
    private static boolean accepts(Node function, Expr.Call call) {
        Arguments params = function instanceof Stmt.FunctionDef f ? f.args()
                : function instanceof Stmt.AsyncFunctionDef f ? f.args() : null;
        if (params == null) {
            return false;
        }
        int positional = params.posonlyargs().size() + params.args().size() - 1;
        boolean starred = false;
        for (Expr arg : call.args()) {
            starred |= arg instanceof Expr.Starred;
        }
        if (!starred && params.vararg() == null && call.args().size() > positional) {
            return false;
        }
        if (params.kwarg() != null) {
            return true;
        }
        for (Keyword k : call.keywords()) {
            if (k.arg() != null && !hasParameter(params, k.arg())) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasParameter(Arguments params, String name) {
        for (List<Arg> group : List.of(params.args(), params.kwonlyargs())) {
            for (Arg arg : group) {
                if (arg.arg().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private final Map<SemanticModel, Boolean> testFiles =
            java.util.Collections.synchronizedMap(new IdentityHashMap<>());

    /** {@link #isTestFile}, once per file. */
    private boolean testFile(SemanticModel file) {
        return testFiles.computeIfAbsent(file, CallGraph::isTestFile);
    }

    /** A test module ({@code test_x.py}, {@code x_test.py}, {@code conftest.py}, or under tests/). */
    static boolean isTestFile(SemanticModel file) {
        String name = file.path().getFileName().toString();
        if (name.startsWith("test_") || name.endsWith("_test.py") || name.equals("conftest.py")) {
            return true;
        }
        for (java.nio.file.Path part : file.path()) {
            String p = part.toString();
            if (p.equals("test") || p.equals("tests") || p.equals("testing")) {
                return true;
            }
        }
        return false;
    }

    /** The project's classes by the qualified name of each base, before the calls are read. */
    private Map<String, List<Definition>> subclassIndex = Map.of();

    private Map<String, List<Function>> methodsByName() {
        Map<String, List<Function>> index = new java.util.HashMap<>();
        for (Definition d : project.definitions(Definition.Kind.FUNCTION)) {
            Function f = functions.get(d.node());
            String name = d.node() instanceof Stmt.FunctionDef fd ? fd.name()
                    : d.node() instanceof Stmt.AsyncFunctionDef ad ? ad.name() : null;
            if (f != null && name != null && d.file().classOfMethod(d.node()) != null) {
                index.computeIfAbsent(name, k -> new ArrayList<>()).add(f);
            }
        }
        return index;
    }

    private Map<String, List<Definition>> subclassIndex() {
        Map<String, List<Definition>> direct = new java.util.HashMap<>();
        for (Definition cls : project.definitions(Definition.Kind.CLASS)) {
            for (Expr base : ((Stmt.ClassDef) cls.node()).bases()) {
                Definition b = project.definition(cls.file().qualifiedName(base));
                if (b != null) {
                    direct.computeIfAbsent(b.qualifiedName(), k -> new ArrayList<>()).add(cls);
                }
            }
        }
        return direct;
    }

    /** The project classes that derive from {@code className}, directly or not. */
    private List<Definition> subclasses(String className) {
        List<Definition> out = new ArrayList<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(className));
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!todo.isEmpty() && out.size() < 64) {
            for (Definition sub : subclassIndex.getOrDefault(todo.poll(), List.of())) {
                if (seen.add(sub.qualifiedName())) {
                    out.add(sub);
                    todo.add(sub.qualifiedName());
                }
            }
        }
        return out;
    }

    /** The project the graph is of. */
    Project project() {
        return project;
    }

    /** The function of a def, lambda or module node. */
    public @Nullable Function function(Node node) {
        return functions.get(node);
    }

    /** All functions, in file and source order (each module's top-level code first). */
    public List<Function> functions() {
        return Collections.unmodifiableList(order);
    }

    /** The edges out of {@code f}, in source order. */
    public List<Edge> callees(Function f) {
        return out.getOrDefault(f.node(), List.of());
    }

    /** The edges into {@code f}. */
    public List<Edge> callers(Function f) {
        return in.getOrDefault(f.node(), List.of());
    }
}
