package dev.gilscan.analyzer.semantic;

import dev.gilscan.analyzer.ast.ConstantValue;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Keyword;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.semantic.scope.Resolution;
import dev.gilscan.analyzer.semantic.scope.ResolutionKind;
import dev.gilscan.analyzer.semantic.scope.Symbol;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The code that runs on several threads at once with no lock held by its callers, and the state
 * those threads share. Like RacerD: a thread entry point dispatched several times, the functions
 * it calls outside any lock, and the variables and attributes more than one of them can reach.
 *
 * <pre>
 * pool.map(work, items)                # work runs on several pool threads at once
 * for u in urls: pool.submit(fetch, u) # fetch is dispatched in a loop
 * global total; total += n             # shared: a module global
 * nonlocal count; count += 1           # shared: a variable of a function enclosing the entry
 * pool.map(self.step, xs); self.n += 1 # shared: the object whose method runs on the threads
 * local = threading.local(); local.n   # per thread: not shared
 * def work(): seen = {}; seen[k] = 1   # created by the task: owned, not shared
 * </pre>
 */
public final class SharedState {
    /** A function that runs on several threads at once, and why gilscan believes it does. */
    public record Entry(CallGraph.Function task, Expr.Call site, SemanticModel siteFile,
            String reason, boolean selfShared) {}

    /**
     * A function reached from an entry with no lock held at the calls that lead to it;
     * {@code selfShared} when its {@code self} is the object the threads share.
     */
    public record Reach(CallGraph.Function function, Entry entry, boolean selfShared) {}

    private static final Set<String> MAPS = Set.of("map", "map_async", "imap", "imap_unordered",
            "starmap", "starmap_async");
    private static final int MAX_DEPTH = 6;

    private final Map<Node, Reach> reached = new IdentityHashMap<>();

    private SharedState(Project project) {
        CallGraph graph = project.callGraph();
        Map<Node, List<Dispatched>> byTask = new LinkedHashMap<>();
        for (SemanticModel file : project.files()) {
            for (Expr.Call call : Nodes.findAll(file.tree(), Expr.Call.class)) {
                ThreadDispatches.Dispatch d = ThreadDispatches.of(file, project, call);
                CallGraph.Function task = d == null ? null : task(d, file, project, graph);
                if (task != null) {
                    byTask.computeIfAbsent(task.node(), k -> new ArrayList<>())
                            .add(new Dispatched(d, file, task));
                }
            }
        }
        for (List<Dispatched> sites : byTask.values()) {
            Entry entry = entry(sites);
            if (entry != null) {
                walk(graph, entry);
            }
        }
    }

    private record Dispatched(ThreadDispatches.Dispatch dispatch, SemanticModel file,
            CallGraph.Function task) {}

    /** The shared summary of a project, computed once. */
    public static SharedState of(Project project) {
        return project.memo(SharedState.class, () -> new SharedState(project));
    }

    /** How {@code function} (a def or lambda) runs concurrently, or null if gilscan cannot tell. */
    public @Nullable Reach reach(@Nullable Node function) {
        return function == null ? null : reached.get(function);
    }

    private static CallGraph.@Nullable Function task(ThreadDispatches.Dispatch d,
            SemanticModel file, Project project, CallGraph graph) {
        if (d.task() != null) {
            return graph.resolveCallable(file, d.task());
        }
        Project.Definition cls = d.threadClass() == null ? null
                : project.definition(file.definitionName(d.threadClass()));
        Project.Definition run = cls == null ? null : project.method(cls, "run");
        return run == null ? null : graph.function(run.node());
    }

    /** The entry of a task dispatched at {@code sites}, if it runs concurrently with itself. */
    private static @Nullable Entry entry(List<Dispatched> sites) {
        CallGraph.Function task = sites.get(0).task();
        String name = "`" + shortName(task) + "`";
        for (Dispatched s : sites) {
            String how = s.dispatch().how();
            String attr = how.substring(how.lastIndexOf('.') + 1);
            if (how.contains(".") && MAPS.contains(attr)) {
                Integer workers = workers(s.file(), s.dispatch().site());
                if (workers != null && workers == 1) {
                    continue;
                }
                return new Entry(task, s.dispatch().site(), s.file(), name + " runs on "
                        + (workers == null ? "several" : workers.toString())
                        + " pool threads through `" + s.file().text(s.dispatch().site()) + "`",
                        sharedReceiver(s, null));
            }
        }
        for (Dispatched s : sites) {
            Node loop = loop(s.file(), s.dispatch().site());
            if (loop != null) {
                return new Entry(task, s.dispatch().site(), s.file(), name
                        + " is dispatched in a loop (`" + s.file().text(s.dispatch().site())
                        + "` on line " + s.dispatch().site().span().line() + ")",
                        sharedReceiver(s, loop));
            }
        }
        if (sites.size() > 1) {
            Dispatched s = sites.get(0);
            boolean self = true;
            for (Dispatched other : sites) {
                self &= other.dispatch().task() instanceof Expr.Attribute a
                        && a.value() instanceof Expr.Name n
                        && n.id().equals(other.file().firstParameter(
                                other.file().enclosingFunction(other.dispatch().site())))
                        && sharedReceiver(other, null);
            }
            return new Entry(task, s.dispatch().site(), s.file(), name + " is dispatched at "
                    + sites.size() + " places (first `" + s.file().text(s.dispatch().site())
                    + "` on line " + s.dispatch().site().span().line() + ")", self);
        }
        return null;
    }

    /** {@code max_workers} (or {@code processes}) of the pool, when it is a literal. */
    private static @Nullable Integer workers(SemanticModel file, Expr.Call site) {
        if (!(site.func() instanceof Expr.Attribute a)
                || !(file.values().valueOf(a.value()) instanceof Values.Value.CallResult r)) {
            return null;
        }
        Expr count = r.call().args().isEmpty() ? null : r.call().args().get(0);
        for (Keyword k : r.call().keywords()) {
            if ("max_workers".equals(k.arg()) || "processes".equals(k.arg())) {
                count = k.value();
            }
        }
        return count instanceof Expr.Constant c && c.value() instanceof ConstantValue.Int i
                && i.value().bitLength() < 31 ? i.value().intValue() : null;
    }

    /**
     * True if the dispatched callable is a bound method of one object all the threads share:
     * {@code self.step} or {@code obj.step} with {@code obj} not bound again inside the loop.
     */
    private static boolean sharedReceiver(Dispatched s, @Nullable Node loop) {
        Node f = s.file().enclosingFunction(s.dispatch().site());
        if (!(s.dispatch().task() instanceof Expr.Attribute a)
                || !(a.value() instanceof Expr.Name receiver)
                || s.task().file().classOfMethod(s.task().node()) == null) {
            return false;
        }
        if (f != null && receiver.id().equals(s.file().firstParameter(f))) {
            return true;
        }
        Symbol symbol = s.file().symbols().resolve(receiver).symbol();
        if (symbol == null || loop == null) {
            return symbol != null;
        }
        for (var b : symbol.bindings()) {
            for (Node n = s.file().parent(b.node()); n != null; n = s.file().parent(n)) {
                if (n == loop) {
                    return false;
                }
            }
        }
        return true;
    }

    private static @Nullable Node loop(SemanticModel file, Node site) {
        for (Node n = file.parent(site); n != null; n = file.parent(n)) {
            if (n instanceof Stmt.For || n instanceof Stmt.AsyncFor || n instanceof Stmt.While
                    || n instanceof Expr.ListComp || n instanceof Expr.SetComp
                    || n instanceof Expr.GeneratorExp || n instanceof Expr.DictComp) {
                return n;
            }
            if (CallGraph.isFunction(n)) {
                return null;
            }
        }
        return null;
    }

    /** Follows the calls made with no lock held, from the entry, a few levels deep. */
    private void walk(CallGraph graph, Entry entry) {
        Deque<Reach> queue = new ArrayDeque<>();
        Map<Node, Integer> depth = new IdentityHashMap<>();
        queue.add(new Reach(entry.task(), entry, entry.selfShared()));
        depth.put(entry.task().node(), 0);
        while (!queue.isEmpty()) {
            Reach r = queue.poll();
            Reach known = reached.get(r.function().node());
            if (known != null && (known.selfShared() || !r.selfShared())) {
                continue;
            }
            reached.put(r.function().node(), r);
            int d = depth.get(r.function().node());
            if (d >= MAX_DEPTH) {
                continue;
            }
            SemanticModel file = r.function().file();
            for (CallGraph.Edge e : graph.callees(r.function())) {
                if (e.kind() != CallGraph.EdgeKind.CALL || Locks.heldAt(file, e.site())) {
                    continue;
                }
                boolean self = r.selfShared() && e.site() instanceof Expr.Call c
                        && c.func() instanceof Expr.Attribute a && a.value() instanceof Expr.Name n
                        && n.id().equals(file.firstParameter(r.function().node()))
                        && e.callee().file().classOfMethod(e.callee().node()) != null;
                depth.putIfAbsent(e.callee().node(), d + 1);
                queue.add(new Reach(e.callee(), entry, self));
            }
        }
    }

    /**
     * What shared state {@code target} (a name, attribute or subscript written in a function
     * that {@code reach} describes) belongs to, in words such as "module global `total`"; null
     * when it is owned by the call, per thread, or unknown.
     */
    public static @Nullable String shared(SemanticModel file, Expr target, Reach reach) {
        Expr root = target;
        while (root instanceof Expr.Attribute || root instanceof Expr.Subscript) {
            root = root instanceof Expr.Attribute a ? a.value() : ((Expr.Subscript) root).value();
        }
        if (!(root instanceof Expr.Name name)) {
            return null;
        }
        String what = target == root ? "" : "`" + file.text(target) + "` of ";
        Node function = file.enclosingFunction(target);
        if (function != null && target != root && name.id().equals(file.firstParameter(function))
                && file.classOfMethod(function) != null) {
            return reach.selfShared() && function == reach.function().node()
                    ? "`" + file.text(target) + "` of the object the threads share" : null;
        }
        Resolution r = file.symbols().resolve(name);
        Symbol symbol = r.symbol();
        if (r.kind() == ResolutionKind.GLOBAL) {
            if (file.values().valueOf(name) instanceof Values.Value.CallResult v
                    && (v.callee().equals("threading.local") || v.callee().equals("_threading_local.local"))) {
                return null;
            }
            return what + "module global `" + name.id() + "`";
        }
        if (r.kind() == ResolutionKind.ENCLOSING && symbol != null
                && reach.entry().task().file() == file
                && strictlyEncloses(file, symbol.scope().node(), reach.entry().task().node())) {
            return what + "variable `" + name.id() + "` of the enclosing function `"
                    + scopeName(symbol.scope().node()) + "`";
        }
        return null;
    }

    private static boolean strictlyEncloses(SemanticModel file, Node outer, Node inner) {
        for (Node n = file.enclosingFunction(inner); n != null; n = file.enclosingFunction(n)) {
            if (n == outer) {
                return true;
            }
        }
        return false;
    }

    private static String scopeName(Node node) {
        if (node instanceof Stmt.FunctionDef f) {
            return f.name();
        }
        if (node instanceof Stmt.AsyncFunctionDef f) {
            return f.name();
        }
        return "<lambda>";
    }

    /** The task's name as written in its module ({@code Crawler.fetch}, {@code main.worker}). */
    public static String shortName(CallGraph.Function task) {
        String name = task.name().replace(".<locals>", "");
        String module = task.file().module().name() + ".";
        return name.startsWith(module) ? name.substring(module.length()) : name;
    }
}
