package dev.gilscan.analyzer.link;

import dev.gilscan.analyzer.ast.Arg;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Keyword;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.model.scope.Symbol;
import dev.gilscan.analyzer.parallel.PerFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Callables passed on and called later: where a callback stored in a parameter, an attribute or
 * a list of hooks is finally called. Each file gives its facts (calls of a parameter, calls of a
 * {@code self} attribute, stores of callables into {@code self} attributes); the link step follows
 * the values through the call sites of the project and adds a call edge from the function that
 * makes the call to the function that runs.
 *
 * <pre>
 * def run(task, on_done): ...; on_done(result)      # run calls whatever on_done is
 * run(job, on_done=count)                            # so run -CALL-> count
 * def add_hook(self, h): self._hooks.append(h)      # a store of parameter h into _hooks
 * def fire(self): for h in self._hooks: h(status)   # a call of what _hooks holds
 * d.add_hook(progress)                               # so fire -CALL-> progress
 * def submit(self, fn, *a): self._q.put((fn, a))     # a queue is a store too
 * def drain(self): fn, a = self._q.get(); fn(*a)     # and what comes out of it is called
 * </pre>
 */
public final class CallableFlow {
    /** A call of a parameter: {@code param(...)} in {@code function}. */
    private record ParamCall(Node function, String param, Expr.Call call) {}

    /** A call of what a {@code self} attribute holds, directly or through a loop over it. */
    private record AttrCall(String className, String attr, Node function, Expr.Call call) {}

    /** A store into a {@code self} attribute of a callable or of a parameter of the method. */
    private record AttrStore(String className, String attr, Node method, SemanticModel file,
            Expr value) {}

    /** A method call gilscan cannot resolve ({@code ctx["dl"].add_hook(h)}), by method name. */
    private record Unresolved(String method, Expr.Call call, Node function, SemanticModel file) {}

    /** A value still to follow: parameter {@code param} of {@code function}, called at origin. */
    private record Pending(Node function, String param, CallGraph.Function origin,
            Expr.Call call, int depth, CallGraph.EdgeKind kind) {}

    private static final int MAX_DEPTH = 4;
    /** Past this many calls of one method name on untyped receivers, the name is too common. */
    private static final int MAX_UNRESOLVED = 32;
    private static final Set<String> STORE_METHODS = Set.of("append", "add", "insert",
            "appendleft", "setdefault", "put", "put_nowait");
    /** Methods that take out what a store method put in: a queue's, a deque's, a list's. */
    private static final Set<String> TAKE_METHODS = Set.of("get", "get_nowait", "pop",
            "popleft");

    /**
     * What one file says (or, merged in the files' order, the project): lists in source order, the
     * maps' keys in the order they first occur, so the merged facts are those one pass over the
     * files in order would collect.
     */
    private static final class Facts {
        final List<ParamCall> paramCalls = new ArrayList<>();
        final List<AttrCall> attrCalls = new ArrayList<>();
        final Map<String, List<AttrStore>> stores = new LinkedHashMap<>();
        final Map<String, List<Unresolved>> unresolved = new LinkedHashMap<>();

        void addAll(Facts file) {
            paramCalls.addAll(file.paramCalls);
            attrCalls.addAll(file.attrCalls);
            file.stores.forEach((k, v) -> stores.computeIfAbsent(k, x -> new ArrayList<>())
                    .addAll(v));
            file.unresolved.forEach((k, v) -> unresolved.computeIfAbsent(k,
                    x -> new ArrayList<>()).addAll(v));
        }
    }

    /** A value followed once: the parameter of a function, for the call it was called at. */
    private record Seen(Node function, String param, Expr.Call call) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Seen s && s.function == function && s.param.equals(param)
                    && s.call == call;
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(function) * 31 + param.hashCode()) * 31
                    + System.identityHashCode(call);
        }
    }

    private final List<ParamCall> paramCalls;
    private final List<AttrCall> attrCalls;
    private final Map<String, List<AttrStore>> stores;
    private final Map<String, List<Unresolved>> unresolved;

    private CallableFlow(Facts facts) {
        this.paramCalls = facts.paramCalls;
        this.attrCalls = facts.attrCalls;
        this.stores = facts.stores;
        this.unresolved = facts.unresolved;
    }

    /**
     * Adds to {@code graph} the call edges that callables passed on give: each file's facts are
     * collected in parallel, then followed over the whole project.
     */
    static void link(CallGraph graph, List<SemanticModel> files) {
        Facts all = new Facts();
        for (Facts file : PerFile.map(files, file -> collect(graph, file), (file, thrown) -> {
            throw new IllegalStateException("the callables of " + file.path() + " failed: "
                    + thrown, thrown);
        })) {
            all.addAll(file);
        }
        new CallableFlow(all).resolve(graph);
    }

    private static Facts collect(CallGraph graph, SemanticModel file) {
        Facts facts = new Facts();
        List<ParamCall> paramCalls = facts.paramCalls;
        List<AttrCall> attrCalls = facts.attrCalls;
        Map<String, List<Unresolved>> unresolved = facts.unresolved;
        for (Expr.Call call : file.calls()) {
            Node function = file.enclosingFunction(call);
            if (function == null) {
                continue;
            }
            if (call.func() instanceof Expr.Name n) {
                Symbol symbol = file.symbols().resolve(n).symbol();
                if (symbol != null && symbol.isParameter()
                        && symbol.scope().node() == function) {
                    paramCalls.add(new ParamCall(function, n.id(), call));
                    continue;
                }
                String attr = loopedSelfAttribute(file, function, n);
                if (attr == null) {
                    attr = takenSelfAttribute(file, function, n);
                }
                String cls = className(file, function);
                if (attr != null && cls != null) {
                    attrCalls.add(new AttrCall(cls, attr, function, call));
                }
            } else {
                String attr = selfAttribute(file, function, call.func());
                String cls = className(file, function);
                if (attr != null && cls != null) {
                    attrCalls.add(new AttrCall(cls, attr, function, call));
                }
                collectStore(facts, file, function, call);
                if (attr == null && call.func() instanceof Expr.Attribute m && !call.args().isEmpty()
                        && graph.resolveCall(file, call) == null) {
                    Unresolved u = new Unresolved(m.attr(), call, function, file);
                    unresolved.computeIfAbsent(m.attr(), k -> new ArrayList<>()).add(u);
                    for (Keyword k : call.keywords()) {
                        if (k.arg() != null) {
                            unresolved.computeIfAbsent(m.attr() + "=" + k.arg(),
                                    key -> new ArrayList<>()).add(u);
                        }
                    }
                }
            }
        }
        for (Stmt.Assign assign : file.assignments()) {
            Node function = file.enclosingFunction(assign);
            if (function == null || assign.targets().size() != 1) {
                continue;
            }
            Expr target = assign.targets().get(0);
            Expr holder = target instanceof Expr.Subscript s ? s.value() : target;
            String attr = selfAttribute(file, function, holder);
            if (attr == null) {
                continue;
            }
            List<Expr> values = assign.value() instanceof Expr.List l ? l.elts()
                    : assign.value() instanceof Expr.Tuple t ? t.elts() : List.of(assign.value());
            for (Expr value : values) {
                store(facts, file, function, attr, value);
            }
        }
        return facts;
    }

    /** {@code self._hooks.append(h)}, {@code self.callbacks.add(cb)}. */
    private static void collectStore(Facts facts, SemanticModel file, Node function,
            Expr.Call call) {
        if (call.func() instanceof Expr.Attribute method && STORE_METHODS.contains(method.attr())
                && !call.args().isEmpty()) {
            String attr = selfAttribute(file, function, method.value());
            if (attr != null) {
                Expr value = method.attr().startsWith("put") ? call.args().get(0)
                        : call.args().get(call.args().size() - 1);
                if (value instanceof Expr.Tuple t && !t.elts().isEmpty()) {
                    value = t.elts().get(0);
                }
                store(facts, file, function, attr, value);
            }
        }
    }

    private static void store(Facts facts, SemanticModel file, Node method, String attr,
            Expr value) {
        String cls = className(file, method);
        if (cls != null && (value instanceof Expr.Name || value instanceof Expr.Attribute
                || value instanceof Expr.Lambda || value instanceof Expr.Call)) {
            facts.stores.computeIfAbsent(cls + "#" + attr, k -> new ArrayList<>())
                    .add(new AttrStore(cls, attr, method, file, value));
        }
    }

    private static @Nullable String className(SemanticModel file, Node function) {
        Stmt.ClassDef cls = file.classOfMethod(function);
        return cls == null ? null : file.definitionName(cls);
    }

    /** The attribute in {@code self.attr}, where self is the method's first parameter. */
    private static @Nullable String selfAttribute(SemanticModel file, Node function, Expr e) {
        return e instanceof Expr.Attribute a && a.value() instanceof Expr.Name n
                && n.id().equals(file.firstParameter(function))
                && file.classOfMethod(function) != null ? a.attr() : null;
    }

    /**
     * {@code job} bound, in the same function, by {@code job = self.attr.get()} or by the first
     * name of {@code job, args = self.attr.get()} (a queue's, or a list's {@code pop()}).
     */
    private static @Nullable String takenSelfAttribute(SemanticModel file, Node function,
            Expr.Name name) {
        Symbol symbol = file.symbols().resolve(name).symbol();
        if (symbol == null || symbol.scope().node() != function) {
            return null;
        }
        for (dev.gilscan.analyzer.model.scope.Binding b : symbol.bindings()) {
            Node target = b.node();
            Node parent = file.parent(target);
            if (parent instanceof Expr.Tuple t && !t.elts().isEmpty() && t.elts().get(0) == target) {
                target = parent;
                parent = file.parent(parent);
            }
            if (parent instanceof Stmt.Assign a && a.targets().size() == 1
                    && a.targets().get(0) == target && a.value() instanceof Expr.Call c
                    && c.func() instanceof Expr.Attribute m && TAKE_METHODS.contains(m.attr())) {
                String attr = selfAttribute(file, function, m.value());
                if (attr != null) {
                    return attr;
                }
            }
        }
        return null;
    }

    /** {@code h} bound by {@code for h in self.attr:} (or a copy of it) in the same function. */
    private static @Nullable String loopedSelfAttribute(SemanticModel file, Node function,
            Expr.Name name) {
        for (Node n = file.parent(name); n != null && n != function; n = file.parent(n)) {
            if (n instanceof Stmt.For f && f.target() instanceof Expr.Name t
                    && t.id().equals(name.id())) {
                Expr iter = f.iter();
                if (iter instanceof Expr.Call c && c.args().size() == 1
                        && c.func() instanceof Expr.Name wrap
                        && Set.of("list", "tuple", "reversed", "sorted").contains(wrap.id())) {
                    iter = c.args().get(0);
                }
                return selfAttribute(file, function, iter);
            }
        }
        return null;
    }

    private void resolve(CallGraph graph) {
        Deque<Pending> queue = new ArrayDeque<>();
        for (ParamCall p : paramCalls) {
            CallGraph.Function origin = graph.function(p.function());
            if (origin != null) {
                queue.add(new Pending(p.function(), p.param(), origin, p.call(), 0,
                        CallGraph.EdgeKind.CALL));
            }
        }
        for (AttrCall a : attrCalls) {
            CallGraph.Function origin = graph.function(a.function());
            if (origin != null) {
                stored(graph, a.className(), a.attr(), origin, a.call(), queue);
            }
        }
        Set<Seen> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            Pending p = queue.poll();
            CallGraph.Function holder = graph.function(p.function());
            if (holder == null || p.depth() > MAX_DEPTH
                    || !seen.add(new Seen(p.function(), p.param(), p.call()))) {
                continue;
            }
            for (CallGraph.Edge in : List.copyOf(graph.callers(holder))) {
                Expr arg = null;
                if (in.kind() == CallGraph.EdgeKind.CALL && in.site() instanceof Expr.Call c) {
                    arg = argumentFor(holder.file(), c, p.function(), p.param());
                    String forwarded = arg == null ? forwardedKeywords(in.caller(), c) : null;
                    if (forwarded != null) {
                        queue.add(new Pending(in.caller().node(), p.param(), p.origin(), p.call(),
                                p.depth() + 1, p.kind()));
                    }
                } else if (in.kind() == CallGraph.EdgeKind.REFERENCE) {
                    arg = passedTo(in.caller().file(), in.site(), p.function(), p.param());
                }
                if (arg != null) {
                    follow(graph, in.caller(), arg, p, queue);
                }
            }
            if (holder.file().classOfMethod(p.function()) != null) {
                String name = p.function() instanceof Stmt.FunctionDef f ? f.name()
                        : p.function() instanceof Stmt.AsyncFunctionDef f ? f.name() : "";
                List<Unresolved> positional = unresolved.getOrDefault(name, List.of());
                List<Unresolved> sites = new ArrayList<>(
                        unresolved.getOrDefault(name + "=" + p.param(), List.of()));
                if (positional.size() <= MAX_UNRESOLVED) {
                    sites.addAll(positional);
                }
                for (Unresolved u : sites) {
                    Expr arg = argumentFor(holder.file(), u.call(), p.function(), p.param());
                    CallGraph.Function where = graph.function(u.function());
                    if (arg != null && where != null) {
                        follow(graph, where, arg, p, queue);
                    }
                }
            }
        }
    }

    /** What the stores into {@code cls.attr} hold, called at {@code call} in {@code origin}. */
    private void stored(CallGraph graph, String cls, String attr, CallGraph.Function origin,
            Expr.Call call, Deque<Pending> queue) {
        for (AttrStore s : stores.getOrDefault(cls + "#" + attr, List.of())) {
            CallGraph.Function method = graph.function(s.method());
            if (method != null) {
                follow(graph, method, s.value(), new Pending(s.method(), "", origin, call, 0,
                        CallGraph.EdgeKind.STORED_CALL), queue);
            }
        }
    }

    /**
     * {@code value}, seen in {@code where}: a callable (an edge from the origin of
     * {@code from}) or a parameter of {@code where} (followed to its callers).
     */
    private void follow(CallGraph graph, CallGraph.Function where, Expr value, Pending from,
            Deque<Pending> queue) {
        CallGraph.Function target = graph.resolveCallable(where.file(), value);
        if (target != null) {
            graph.addEdge(from.origin(), target, from.call(), from.kind(),
                    from.kind() == CallGraph.EdgeKind.STORED_CALL ? where : null);
            return;
        }
        if (value instanceof Expr.Name n) {
            Symbol symbol = where.file().symbols().resolve(n).symbol();
            if (symbol != null && symbol.isParameter() && symbol.scope().node() == where.node()) {
                queue.add(new Pending(where.node(), n.id(), from.origin(), from.call(),
                        from.depth() + 1, from.kind()));
            }
        }
    }

    /**
     * The argument {@code call} passes for parameter {@code param} of {@code function}: by
     * keyword, or by position (skipping {@code self} when the call goes through an attribute or
     * makes an object: {@code Runner(cb)} for {@code __init__(self, cb)}).
     */
    public static @Nullable Expr argumentFor(SemanticModel file, Expr.Call call, Node function,
            String param) {
        for (Keyword k : call.keywords()) {
            if (param.equals(k.arg())) {
                return k.value();
            }
        }
        List<Arg> params = new ArrayList<>();
        if (function instanceof Stmt.FunctionDef f) {
            params.addAll(f.args().posonlyargs());
            params.addAll(f.args().args());
        } else if (function instanceof Stmt.AsyncFunctionDef f) {
            params.addAll(f.args().posonlyargs());
            params.addAll(f.args().args());
        }
        int index = -1;
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).arg().equals(param)) {
                index = i;
            }
        }
        // `obj.method(a)` and `Cls(a)` (which runs `__init__`) pass `self` themselves.
        boolean constructor = function instanceof Stmt.FunctionDef f
                && f.name().equals("__init__") && !(call.func() instanceof Expr.Attribute);
        boolean bound = file.classOfMethod(function) != null && !isStatic(function)
                && (call.func() instanceof Expr.Attribute || constructor);
        int position = bound ? index - 1 : index;
        if (index < 0 || position < 0 || position >= call.args().size()) {
            return null;
        }
        for (int i = 0; i <= position; i++) {
            if (call.args().get(i) instanceof Expr.Starred) {
                return null;
            }
        }
        return call.args().get(position);
    }

    /**
     * The argument for {@code param} that a call handing {@code task} on passes with it:
     * {@code pool.submit(f, a, b)}, {@code functools.partial(f, a)},
     * {@code Thread(target=f, args=(a,), kwargs={...})}; null when there is none.
     */
    private static @Nullable Expr passedTo(SemanticModel file, Expr task, Node function,
            String param) {
        if (!(file.parent(task) instanceof Expr.Call call)) {
            return null;
        }
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        int at = -1;
        for (int i = 0; i < call.args().size(); i++) {
            if (call.args().get(i) == task) {
                at = i;
            }
        }
        if (at >= 0) {
            args.addAll(call.args().subList(at + 1, call.args().size()));
            keywords.addAll(call.keywords());
        } else {
            for (Keyword k : call.keywords()) {
                if ("args".equals(k.arg()) && k.value() instanceof Expr.Tuple t) {
                    args.addAll(t.elts());
                } else if ("kwargs".equals(k.arg()) && k.value() instanceof Expr.Dict d) {
                    for (int i = 0; i < d.keys().size(); i++) {
                        if (d.keys().get(i) instanceof Expr.Constant c
                                && c.value() instanceof dev.gilscan.analyzer.ast.ConstantValue.Str str) {
                            keywords.add(new Keyword(str.value(), d.values().get(i), d.span()));
                        }
                    }
                }
            }
        }
        Expr.Call bound = new Expr.Call(task, args, keywords, call.span());
        return argumentFor(file, bound, function, param);
    }

    /**
     * The name of the caller's {@code **kwargs} parameter when {@code call} passes it on
     * ({@code self.on_apply(target, **options)}): a keyword the caller got travels on in it.
     */
    private static @Nullable String forwardedKeywords(CallGraph.Function caller, Expr.Call call) {
        Arg kwarg = caller.node() instanceof Stmt.FunctionDef f ? f.args().kwarg()
                : caller.node() instanceof Stmt.AsyncFunctionDef f ? f.args().kwarg() : null;
        if (kwarg == null) {
            return null;
        }
        for (Keyword k : call.keywords()) {
            if (k.arg() == null && k.value() instanceof Expr.Name n && n.id().equals(kwarg.arg())) {
                return n.id();
            }
        }
        return null;
    }

    public static boolean isStatic(Node function) {
        List<Expr> decorators = function instanceof Stmt.FunctionDef f ? f.decoratorList()
                : function instanceof Stmt.AsyncFunctionDef f ? f.decoratorList() : List.of();
        for (Expr d : decorators) {
            if (d instanceof Expr.Name n && n.id().equals("staticmethod")) {
                return true;
            }
        }
        return false;
    }
}
