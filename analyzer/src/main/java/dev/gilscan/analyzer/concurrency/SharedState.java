package dev.gilscan.analyzer.concurrency;

import dev.gilscan.analyzer.ast.Arg;
import dev.gilscan.analyzer.ast.ConstantValue;
import dev.gilscan.analyzer.ast.ExceptHandler;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Keyword;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Operator;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.link.CallGraph;
import dev.gilscan.analyzer.link.CallableFlow;
import dev.gilscan.analyzer.link.Project;
import dev.gilscan.analyzer.model.Definition;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.model.Values;
import dev.gilscan.analyzer.model.scope.Resolution;
import dev.gilscan.analyzer.model.scope.ResolutionKind;
import dev.gilscan.analyzer.model.scope.Symbol;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
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
 * pool.map(step, [box] * n); box.n += 1 # shared: the object every task gets as an argument
 * local = threading.local(); local.n   # per thread: not shared
 * def work(): seen = {}; seen[k] = 1   # created by the task: owned, not shared
 * t = Thread(target=work); t.start()   # work runs once, alongside the lines up to t.join()
 * </pre>
 */
public final class SharedState {
    /**
     * A function that runs on several threads at once, and why gilscan believes it does;
     * {@code sharedParams} are its parameters that every dispatch passes the same object.
     */
    public record Entry(CallGraph.Function task, dev.gilscan.analyzer.ast.Located site,
            SemanticModel siteFile,
            String reason, boolean selfShared, List<String> sharedParams) {}

    /**
     * A function reached from an entry with no lock held at the calls that lead to it;
     * {@code selfShared} when its {@code self} is the object the threads share.
     */
    public record Reach(CallGraph.Function function, Entry entry, boolean selfShared,
            List<CallGraph.Edge> path) {

        /**
         * The path from the thread's entry point to this function, as code-flow steps: where
         * the task starts, then each call on the way.
         */
        public List<Step> steps() {
            List<Step> steps = new ArrayList<>();
            steps.add(new Step(entry.siteFile(), entry.site(), "`" + shortName(entry.task())
                    + "` starts running on other threads here"));
            for (CallGraph.Edge e : path) {
                steps.add(new Step(e.caller().file(), e.site(), "`" + shortName(e.caller())
                        + "` calls `" + shortName(e.callee()) + "`"));
            }
            return steps;
        }
    }

    /** One step of a thread's path: a place in a file, and what happens there. */
    public record Step(SemanticModel file, dev.gilscan.analyzer.ast.Located at, String message) {}

    private static final Set<String> MAPS = Set.of("map", "map_async", "imap", "imap_unordered",
            "starmap", "starmap_async");
    private static final int MAX_DEPTH = 6;
    private static final Set<String> WAITS = Set.of("join", "result", "exception", "get", "wait");

    private final Map<Node, Reach> reached = new IdentityHashMap<>();
    private final Map<Node, List<Reach>> windowed = new IdentityHashMap<>();
    private final Map<Entry, List<Window>> windows = new IdentityHashMap<>();
    private final List<Deferred> deferred = new ArrayList<>();

    private SharedState(Project project) {
        CallGraph graph = project.callGraph();
        Recurrence recurrence = new Recurrence(graph);
        // By identity: two files may hold equal trees (`def run(self): self.cb()` on one line).
        Map<Node, List<Dispatched>> byTask = new IdentityHashMap<>();
        List<List<Dispatched>> inOrder = new ArrayList<>();
        List<Map<Node, Reach>> windowWalks = new ArrayList<>();
        for (SemanticModel file : project.files()) {
            for (Expr.Call call : file.calls()) {
                ThreadDispatches.Dispatch d = ThreadDispatches.of(file, project, call);
                if (d == null || (isThread(d) && !started(file, call))) {
                    continue;
                }
                CallGraph.Function task = task(d, file, project, graph);
                if (task != null) {
                    sitesOf(byTask, inOrder, task.node())
                            .add(new Dispatched(d, file, task));
                } else {
                    for (Dispatched through : throughParameter(d, file, graph)) {
                        sitesOf(byTask, inOrder, through.task().node())
                                .add(through);
                    }
                }
            }
        }
        for (ThreadEntryPoints.Point p : ThreadEntryPoints.of(project,
                project.threadEntryPoints())) {
            if (!byTask.containsKey(p.method().node())) {
                walk(graph, new Entry(p.method(), p.site(), p.siteFile(), p.reason(),
                        p.selfShared(), List.of()), reached);
            }
        }
        for (List<Dispatched> sites : inOrder) {
            Entry entry = entry(sites, recurrence, graph);
            if (entry != null) {
                walk(graph, entry, reached);
            } else if (sites.size() == 1) {
                List<Window> found = windows(sites.get(0), graph, project);
                if (!found.isEmpty()) {
                    Map<Node, Reach> from = new IdentityHashMap<>();
                    walk(graph, found.get(0).entry(), from);
                    windows.put(found.get(0).entry(), found);
                    windowWalks.add(from);
                }
            }
        }
        followDeferred(graph, windowWalks);
        for (Map<Node, Reach> from : windowWalks) {
            from.forEach((node, r) ->
                    windowed.computeIfAbsent(node, k -> new ArrayList<>()).add(r));
        }
    }

    private static List<Dispatched> sitesOf(Map<Node, List<Dispatched>> byTask,
            List<List<Dispatched>> inOrder, Node task) {
        return byTask.computeIfAbsent(task, k -> {
            List<Dispatched> sites = new ArrayList<>();
            inOrder.add(sites);
            return sites;
        });
    }

    private static boolean isThread(ThreadDispatches.Dispatch d) {
        return d.how().equals("Thread(target=...)") || d.how().equals("Thread subclass")
                || d.how().equals("Timer");
    }

    /**
     * True if the thread {@code create} makes is started: {@code Thread(...).start()}, a handle
     * whose {@code start()} the file calls, a thread returned to the caller, or one built in a
     * function that calls some {@code start()} (threads collected in a list, then started).
     */
    private static boolean started(SemanticModel file, Expr.Call create) {
        Node parent = file.parent(create);
        if (parent instanceof Expr.Attribute a && a.attr().equals("start")) {
            return true;
        }
        if (parent instanceof Stmt.Return) {
            return true;
        }
        Node scope = file.enclosingFunction(create);
        String handle = parent instanceof Stmt.Assign a && a.targets().size() == 1
                ? file.text(a.targets().get(0)) : null;
        Node where = handle != null && handle.startsWith("self.") ? file.tree()
                : scope == null ? file.tree() : scope;
        for (Expr.Call c : file.findAll(where, Expr.Call.class)) {
            if (c.func() instanceof Expr.Attribute a && a.attr().equals("start")
                    && (handle == null || file.text(a.value()).equals(handle)
                            || !(a.value() instanceof Expr.Name || handle.startsWith("self.")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A task that is a parameter of the function that dispatches it ({@code def run_async(self,
     * fn): self.pool.submit(fn)}): the callables the callers pass for it, each dispatched at the
     * caller's call.
     */
    private static List<Dispatched> throughParameter(ThreadDispatches.Dispatch d,
            SemanticModel file, CallGraph graph) {
        Node function = file.enclosingFunction(d.site());
        CallGraph.Function wrapper = function == null ? null : graph.function(function);
        if (!(d.task() instanceof Expr.Name n) || wrapper == null) {
            return List.of();
        }
        Symbol symbol = file.symbols().resolve(n).symbol();
        if (symbol == null || !symbol.isParameter() || symbol.scope().node() != function) {
            return List.of();
        }
        List<Dispatched> out = new ArrayList<>();
        for (CallGraph.Edge e : graph.callers(wrapper)) {
            if (e.kind() != CallGraph.EdgeKind.CALL || !(e.site() instanceof Expr.Call c)) {
                continue;
            }
            Expr arg = CallableFlow.argumentFor(file, c, function, n.id());
            SemanticModel callerFile = e.caller().file();
            CallGraph.Function task = arg == null ? null : graph.resolveCallable(callerFile, arg);
            if (task != null) {
                out.add(new Dispatched(new ThreadDispatches.Dispatch(c, arg, null,
                        d.how() + " in `" + shortName(wrapper) + "`"), callerFile, task));
            }
        }
        return out;
    }

    /**
     * A task dispatched once, and the statements of the function that dispatched it that run
     * while the task does: after {@code t.start()} or {@code f = pool.submit(...)}, up to the
     * statement that names the handle again ({@code t.join()}, {@code f.result()}) or the end of
     * the block.
     */
    private record Window(Entry entry, SemanticModel file, Node dispatcher, Stmt start, boolean thread,
            List<Stmt> statements, @Nullable String waitedBy, WindowKind kind) {}

    /** What a window's code is to the task. */
    private enum WindowKind {
        /** The starter's code after the start (or a caller's after the call). */
        AFTER,
        /** A coroutine the event loop runs while the task is on an executor thread. */
        LOOP,
        /** Another method of the object whose own method the thread runs. */
        OBJECT
    }

    /**
     * A write by the function that started a task, made while the task runs and with no lock
     * held, to the state that {@code reach} (a function the task reaches) also updates;
     * {@code reason} says why gilscan believes they overlap.
     */
    public record Overlap(Reach reach, Stmt access, SemanticModel file, String dispatcher,
            String reason) {}

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
        Definition cls = ThreadDispatches.threadClass(project, file, d);
        Definition run = cls == null ? null : project.method(cls, "run");
        // The standard library's own Thread.run (a scan of the stdlib) runs the target it was
        // given; the dispatches that give it one are seen where they pass it.
        return run == null || run.qualifiedName().equals("threading.Thread.run") ? null
                : graph.function(run.node());
    }

    /** The entry of a task dispatched at {@code sites}, if it runs concurrently with itself. */
    private static @Nullable Entry entry(List<Dispatched> sites, Recurrence recurrence,
            CallGraph graph) {
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
                        sharedReceiver(s, null), sharedParams(List.of(s), null));
            }
        }
        for (Dispatched s : sites) {
            Node loop = loop(s.file(), s.dispatch().site());
            if (loop != null && !waitedForAtOnce(s.file(), s.dispatch().site())) {
                return new Entry(task, s.dispatch().site(), s.file(), name
                        + " is dispatched in a loop (`" + s.file().text(s.dispatch().site())
                        + "` " + dispatchedAt(s, task) + ")",
                        sharedReceiver(s, loop), sharedParams(List.of(s), loop));
            }
        }
        for (Dispatched s : sites) {
            Entry perEvent = perEvent(s, recurrence, graph);
            if (perEvent != null) {
                return perEvent;
            }
        }
        if (sites.size() > 1 && !allExclusive(sites, graph)) {
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
                    + "` " + dispatchedAt(s, task) + ")", self,
                    sharedParams(sites, null));
        }
        return null;
    }

    /**
     * True if the code that dispatches waits for the task before it goes on:
     * {@code pool.submit(f, x).result()}, {@code await loop.run_in_executor(None, f, x)},
     * {@code await asyncio.to_thread(f, x)}. A loop of such dispatches runs one task at a time.
     */
    private static boolean waitedForAtOnce(SemanticModel file, Expr.Call site) {
        Node parent = file.parent(site);
        if (parent instanceof Expr.Await) {
            return true;
        }
        return parent instanceof Expr.Attribute a && a.value() == site
                && (a.attr().equals("result") || a.attr().equals("exception"))
                && file.parent(a) instanceof Expr.Call c && c.func() == a;
    }

    /**
     * True if no two of the sites can both run: they lie in different branches of one
     * {@code if}/{@code elif}/{@code else} or {@code match} (two set-ups, one chosen by
     * configuration), directly or through functions that have one caller each
     * ({@code if timer: start_periodic() else: start_background()}, each starter in a module of
     * its own), or in one function that waits for each task before it goes on.
     */
    private static boolean allExclusive(List<Dispatched> sites, CallGraph graph) {
        for (int i = 0; i < sites.size(); i++) {
            for (int j = i + 1; j < sites.size(); j++) {
                Dispatched a = sites.get(i);
                Dispatched b = sites.get(j);
                Expr.Call first = a.dispatch().site();
                Expr.Call second = b.dispatch().site();
                boolean oneAfterTheOther = a.file() == b.file()
                        && a.file().enclosingFunction(first) == a.file().enclosingFunction(second)
                        && waitedForAtOnce(a.file(), first) && waitedForAtOnce(a.file(), second);
                if (!oneAfterTheOther && !exclusive(anchors(a.file(), first, graph),
                        anchors(b.file(), second, graph))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A node of a file: a dispatch site, or the call that runs the function holding it. */
    private record Anchor(SemanticModel file, Node node) {}

    /** How many single callers {@link #anchors} follows up from a dispatch site. */
    private static final int ANCHOR_DEPTH = 8;

    /**
     * The site, and the call sites that lead to it while each function on the way has exactly
     * one caller: where a choice between two set-ups can be made.
     */
    private static List<Anchor> anchors(SemanticModel file, Node site, CallGraph graph) {
        List<Anchor> out = new ArrayList<>();
        out.add(new Anchor(file, site));
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        SemanticModel at = file;
        Node function = at.enclosingFunction(site);
        while (out.size() <= ANCHOR_DEPTH && function != null && seen.add(function)) {
            CallGraph.Function f = graph.function(function);
            List<CallGraph.Edge> callers = f == null ? List.of() : graph.callers(f);
            if (callers.size() != 1 || callers.get(0).kind() != CallGraph.EdgeKind.CALL) {
                break;
            }
            CallGraph.Edge only = callers.get(0);
            at = only.caller().file();
            out.add(new Anchor(at, only.site()));
            function = at.enclosingFunction(only.site());
        }
        return out;
    }

    private static boolean exclusive(List<Anchor> a, List<Anchor> b) {
        for (Anchor x : a) {
            for (Anchor y : b) {
                if (x.file() == y.file() && exclusive(x.file(), x.node(), y.node())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True if {@code a} and {@code b} are in different branches of their nearest common if or match. */
    private static boolean exclusive(SemanticModel file, Node a, Node b) {
        Map<Node, Node> childOnPathToA = new IdentityHashMap<>();
        Node child = a;
        for (Node n = file.parent(a); n != null; n = file.parent(n)) {
            childOnPathToA.put(n, child);
            child = n;
        }
        child = b;
        for (Node n = file.parent(b); n != null; n = file.parent(n)) {
            Node fromA = childOnPathToA.get(n);
            if (fromA != null) {
                if (n instanceof Stmt.If stmt) {
                    return Locks.holds(stmt.body(), fromA) && Locks.holds(stmt.orelse(), child)
                            || Locks.holds(stmt.orelse(), fromA) && Locks.holds(stmt.body(), child);
                }
                return n instanceof Stmt.Match && fromA != child
                        && fromA instanceof dev.gilscan.analyzer.ast.MatchCase
                        && child instanceof dev.gilscan.analyzer.ast.MatchCase;
            }
            child = n;
        }
        return false;
    }

    /**
     * The entry of a task dispatched inside a function that runs many times (once per request,
     * connection or callback): each run dispatches it again, so it runs on several threads at
     * once. A thread kept in an attribute of the object ({@code self._thread = Thread(...)}) is
     * one thread per object, not per call.
     */
    private static @Nullable Entry perEvent(Dispatched s, Recurrence recurrence,
            CallGraph graph) {
        Expr.Call site = s.dispatch().site();
        Node dispatcher = s.file().enclosingFunction(site);
        CallGraph.Function function = dispatcher == null ? null : graph.function(dispatcher);
        if (function == null || (isThread(s.dispatch()) && s.file().parent(site)
                instanceof Stmt.Assign a && a.targets().get(0) instanceof Expr.Attribute)) {
            return null;
        }
        String why = recurrence.why(function, !isThread(s.dispatch()));
        if (why == null) {
            return null;
        }
        String name = "`" + shortName(s.task()) + "`";
        boolean inInit = dispatcher instanceof Stmt.FunctionDef f && f.name().equals("__init__");
        return new Entry(s.task(), site, s.file(), name + " is dispatched by `"
                + s.file().text(site) + "` (" + where(s.file(), site) + ") each time `"
                + shortName(function) + "` runs, and " + why, !inInit && sharedReceiver(s, null),
                sharedParams(List.of(s), null));
    }

    /**
     * The lock of the thread's own object ({@code self._lock}) when that is every lock held at
     * {@code statement} and the threads do not share that object: each thread that runs a
     * {@code Worker} of its own holds a different lock, so none keeps the others out of a
     * module global. Null when a lock that can be shared is held, or the object is shared.
     */
    public static @Nullable String instanceLock(SemanticModel file, Stmt statement,
            List<String> held, Reach reach) {
        Node function = file.enclosingFunction(statement);
        String self = function == null || file.classOfMethod(function) == null ? null
                : file.firstParameter(function);
        if (held.isEmpty() || self == null || reach.selfShared()) {
            return null;
        }
        for (String lock : held) {
            if (!lock.startsWith(self + ".")) {
                return null;
            }
        }
        return held.get(0);
    }

    /**
     * Where {@code s} dispatches {@code task}, as its reader names it: {@code on line 12} in the
     * task's file, {@code at `pkg/server.py:12`} in another.
     */
    private static String dispatchedAt(Dispatched s, CallGraph.Function task) {
        return s.file() == task.file() ? "on line " + s.dispatch().site().span().line()
                : "at " + where(s.file(), s.dispatch().site());
    }

    /** {@code pkg/mod.py:12}: where a node is, by the file's path below its package root. */
    public static String where(SemanticModel file, dev.gilscan.analyzer.ast.Located node) {
        java.nio.file.Path path = file.path();
        String module = file.module().name();
        int parts = 1 + (int) module.chars().filter(c -> c == '.').count()
                + (file.module().isPackage() ? 1 : 0);
        int count = path.getNameCount();
        String shown = count >= parts ? path.subpath(count - parts, count).toString()
                : path.toString();
        return "`" + shown.replace('\\', '/') + ":" + node.span().line() + "`";
    }

    /**
     * The parameters of a plain function task that get the same object at every dispatch:
     * {@code pool.map(f, [obj] * n)}, or {@code Thread(target=f, args=(obj,))} in a loop that
     * does not bind {@code obj}, or with the same {@code obj} at each site.
     */
    private static List<String> sharedParams(List<Dispatched> sites, @Nullable Node loop) {
        CallGraph.Function task = sites.get(0).task();
        List<Arg> params = new ArrayList<>();
        if (task.node() instanceof Stmt.FunctionDef f) {
            params.addAll(f.args().posonlyargs());
            params.addAll(f.args().args());
        }
        if (task.file().classOfMethod(task.node()) != null) {
            return sharedFields(sites, loop);
        }
        List<String> shared = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            Symbol same = null;
            for (Dispatched s : sites) {
                List<Expr> passed = passed(s);
                Symbol symbol = i < passed.size() && passed.get(i) instanceof Expr.Name n
                        ? s.file().symbols().resolve(n).symbol() : null;
                if (symbol == null || symbol.bindings().size() != 1 || (same != null
                        && symbol != same) || (loop != null && inside(s.file(),
                                symbol.bindings().get(0).node(), loop))) {
                    same = null;
                    break;
                }
                same = symbol;
            }
            if (same != null) {
                shared.add(params.get(i).arg());
            }
        }
        return shared;
    }

    /**
     * The fields of a {@code Thread} subclass that hold the same object in every thread it
     * starts, as {@code self.name}: {@code self._manager = manager} in {@code __init__}, and
     * {@code SubmitThread(m)} given the one {@code m} at every construction.
     */
    private static List<String> sharedFields(List<Dispatched> sites, @Nullable Node loop) {
        Stmt.ClassDef cls = sites.get(0).dispatch().threadClass();
        Stmt.FunctionDef init = null;
        for (Stmt member : cls == null ? List.<Stmt>of() : cls.body()) {
            if (member instanceof Stmt.FunctionDef f && f.name().equals("__init__")) {
                init = f;
            }
        }
        if (init == null || init.args().args().isEmpty()) {
            return List.of();
        }
        String self = init.args().args().get(0).arg();
        List<String> shared = new ArrayList<>();
        for (Arg param : init.args().args().subList(1, init.args().args().size())) {
            Symbol same = null;
            for (Dispatched s : sites) {
                Expr passed = CallableFlow.argumentFor(s.file(), s.dispatch().site(), init,
                        param.arg());
                Symbol symbol = passed instanceof Expr.Name n
                        ? s.file().symbols().resolve(n).symbol() : null;
                if (symbol == null || symbol.bindings().size() != 1
                        || (same != null && symbol != same) || (loop != null
                                && inside(s.file(), symbol.bindings().get(0).node(), loop))) {
                    same = null;
                    break;
                }
                same = symbol;
            }
            for (Stmt st : same == null ? List.<Stmt>of() : init.body()) {
                if (st instanceof Stmt.Assign a && a.targets().size() == 1
                        && a.targets().get(0) instanceof Expr.Attribute t
                        && t.value() instanceof Expr.Name n && n.id().equals(self)
                        && a.value() instanceof Expr.Name v && v.id().equals(param.arg())) {
                    shared.add("self." + t.attr());
                }
            }
        }
        return shared;
    }

    /** The arguments a dispatch passes the task, in order; {@code [obj] * n} gives {@code obj}. */
    private static List<Expr> passed(Dispatched s) {
        Expr.Call site = s.dispatch().site();
        String how = s.dispatch().how();
        String attr = how.substring(how.lastIndexOf('.') + 1);
        if (how.contains(".") && MAPS.contains(attr)) {
            return site.args().size() == 2 && site.args().get(1) instanceof Expr.BinOp b
                    && b.op() == Operator.Mult && b.left() instanceof Expr.List l
                    && l.elts().size() == 1 ? List.of(l.elts().get(0)) : List.of();
        }
        if (attr.equals("submit") || attr.equals("apply_async")) {
            return site.args().isEmpty() ? List.of()
                    : site.args().subList(1, site.args().size());
        }
        for (Keyword k : site.keywords()) {
            if ("args".equals(k.arg()) && k.value() instanceof Expr.Tuple t) {
                return t.elts();
            }
        }
        return List.of();
    }

    private static boolean inside(SemanticModel file, Node node, Node ancestor) {
        for (Node n = file.parent(node); n != null; n = file.parent(n)) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
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

    static @Nullable Node loop(SemanticModel file, Node site) {
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

    /**
     * The windows of a task dispatched once by a function, as a thread ({@code Thread},
     * {@code Timer}, a {@code Thread} subclass) or a future ({@code submit},
     * {@code apply_async}): the statements of the dispatching function after the start, and
     * those of each function that calls it after that call; empty when gilscan cannot tell
     * where it starts.
     */
    private static List<Window> windows(Dispatched s, CallGraph graph, Project project) {
        String how = s.dispatch().how();
        boolean thread = isThread(s.dispatch());
        boolean future = how.endsWith(".submit") || how.endsWith(".apply_async");
        SemanticModel file = s.file();
        Expr.Call site = s.dispatch().site();
        Node dispatcher = file.enclosingFunction(site);
        Node parent = file.parent(site);
        if ((how.equals("run_in_executor") || how.equals("asyncio.to_thread"))
                && dispatcher instanceof Stmt.AsyncFunctionDef) {
            return onTheLoop(s, file, dispatcher, project, graph);
        }
        if (!(thread || future) || dispatcher == null) {
            return List.of();
        }
        String handle = null;
        Stmt start = null;
        if (parent instanceof Stmt.Assign a && a.targets().size() == 1) {
            handle = file.text(a.targets().get(0));
            start = future ? a : startCall(file, a, handle);
        } else if (future && parent instanceof Stmt.Expr e) {
            start = e;
        } else if (thread && parent instanceof Expr.Attribute a && a.attr().equals("start")
                && file.parent(a) instanceof Expr.Call c && c.func() == a
                && file.parent(c) instanceof Stmt.Expr e) {
            start = e;
        }
        if (start == null) {
            return List.of();
        }
        String name = "`" + shortName(s.task()) + "`";
        Stmt.ClassDef own = ownMethodThread(s, file, dispatcher) ? file.classOfMethod(dispatcher)
                : null;
        Entry entry = new Entry(s.task(), site, file, name, own != null, List.of());
        List<Window> out = new ArrayList<>();
        out.add(after(entry, file, dispatcher, start, start, thread, handle));
        for (Stmt member : own == null ? List.<Stmt>of() : own.body()) {
            if (member instanceof Stmt.FunctionDef method && method != dispatcher
                    && method != s.task().node() && !method.name().startsWith("__")) {
                out.add(new Window(entry, file, method, start, true, method.body(), null,
                        WindowKind.OBJECT));
            }
        }
        CallGraph.Function starter = graph.function(dispatcher);
        for (CallGraph.Edge e : starter == null ? List.<CallGraph.Edge>of()
                : graph.callers(starter)) {
            SemanticModel callerFile = e.caller().file();
            Stmt call = callerFile.statementOf(e.site());
            if (e.kind() == CallGraph.EdgeKind.CALL && e.caller() != starter && call != null
                    && !(e.caller().node() instanceof dev.gilscan.analyzer.ast.Mod)
                    && callerFile.enclosingFunction(call) == e.caller().node()) {
                out.add(after(entry, callerFile, e.caller().node(), call, start, thread, null));
            }
        }
        return out;
    }

    /**
     * True if a method starts a thread on another method of its own object
     * ({@code threading.Thread(target=self._run).start()} in {@code __init__} or {@code start}):
     * the thread then runs beside every other method of the object, which other threads call.
     */
    private static boolean ownMethodThread(Dispatched s, SemanticModel file, Node dispatcher) {
        Stmt.ClassDef cls = file.classOfMethod(dispatcher);
        return isThread(s.dispatch()) && cls != null && s.task().file() == file
                && file.classOfMethod(s.task().node()) == cls
                && s.dispatch().task() instanceof Expr.Attribute a
                && a.value() instanceof Expr.Name n && n.id().equals(file.firstParameter(dispatcher));
    }

    /**
     * The windows of a function a coroutine hands to the executor's threads
     * ({@code await loop.run_in_executor(None, f)}, {@code await asyncio.to_thread(f)}): while
     * it runs there, the event loop runs the project's other coroutines, so each of them is a
     * window, all its statements; a coroutine that the dispatcher itself awaits, and that is done
     * before the hand-over, is not.
     */
    private static List<Window> onTheLoop(Dispatched s, SemanticModel file, Node dispatcher,
            Project project, CallGraph graph) {
        Stmt start = file.statementOf(s.dispatch().site());
        if (start == null) {
            return List.of();
        }
        Entry entry = new Entry(s.task(), s.dispatch().site(), file,
                "`" + shortName(s.task()) + "`", false, List.of());
        boolean waited = waitedForAtOnce(file, s.dispatch().site());
        List<Window> out = new ArrayList<>();
        for (SemanticModel other : project.files()) {
            for (Stmt.AsyncFunctionDef coroutine : other.coroutines()) {
                if (coroutine != dispatcher
                        && !doneBeforeHandOver(graph, coroutine, dispatcher, start, waited)) {
                    out.add(new Window(entry, other, coroutine, start, true, coroutine.body(),
                            null, WindowKind.LOOP));
                }
            }
        }
        return out;
    }

    /**
     * True if every call of {@code coroutine} is an {@code await} in {@code dispatcher} that is
     * over before the hand-over at {@code start} runs beside the loop: before it, or anywhere
     * when the dispatcher waits for the executor at once ({@code waited}).
     */
    private static boolean doneBeforeHandOver(CallGraph graph, Node coroutine, Node dispatcher,
            Stmt start, boolean waited) {
        CallGraph.Function f = graph.function(coroutine);
        List<CallGraph.Edge> callers = f == null ? List.of() : graph.callers(f);
        for (CallGraph.Edge e : callers) {
            SemanticModel at = e.caller().file();
            if (e.kind() != CallGraph.EdgeKind.CALL || e.caller().node() != dispatcher
                    || !(at.parent(e.site()) instanceof Expr.Await)
                    || !waited && e.site().span().line() >= start.span().line()) {
                return false;
            }
        }
        return !callers.isEmpty();
    }

    /**
     * The window in {@code function} after statement {@code at}: the statements that follow it
     * in its block and in every enclosing block (the {@code finally} of a {@code try} it is in
     * included), up to a wait on the handle ({@code t.join()}, {@code f.result()}).
     */
    private static Window after(Entry entry, SemanticModel file, Node function, Stmt at,
            Stmt start, boolean thread, @Nullable String handle) {
        List<Stmt> statements = new ArrayList<>();
        Node current = at;
        while (current != null && current != function) {
            Node p = file.parent(current);
            List<Stmt> following = new ArrayList<>();
            if (current instanceof Stmt st) {
                following.addAll(following(Nodes.blockOf(p, st), st));
            }
            if (p instanceof Stmt.Try t && !Locks.holds(t.finalbody(), current)) {
                if (Locks.holds(t.body(), current)) {
                    following.addAll(t.orelse());
                }
                following.addAll(t.finalbody());
            } else if (p instanceof ExceptHandler && file.parent(p) instanceof Stmt.Try t) {
                following.addAll(t.finalbody());
            }
            for (Stmt next : following) {
                String wait = handle == null ? null : waitCall(file, next, handle);
                if (wait != null) {
                    return new Window(entry, file, function, start, thread, statements, wait,
                            WindowKind.AFTER);
                }
                statements.add(next);
            }
            current = p instanceof Stmt.FunctionDef || p instanceof Stmt.AsyncFunctionDef
                    || p instanceof Expr.Lambda || p instanceof dev.gilscan.analyzer.ast.Mod
                    ? null : p;
        }
        String wait = null;
        return new Window(entry, file, function, start, thread, statements, wait,
                WindowKind.AFTER);
    }

    /** The statement {@code handle.start()} after {@code assign} in its block. */
    private static @Nullable Stmt startCall(SemanticModel file, Stmt.Assign assign,
            String handle) {
        List<Stmt> block = Nodes.blockOf(file.parent(assign), assign);
        boolean after = false;
        for (Stmt s : block == null ? List.<Stmt>of() : block) {
            if (after && s instanceof Stmt.Expr e && e.value() instanceof Expr.Call c
                    && c.func() instanceof Expr.Attribute a && a.attr().equals("start")
                    && file.text(a.value()).equals(handle)) {
                return s;
            }
            after |= s == assign;
        }
        return null;
    }

    private static List<Stmt> following(@Nullable List<Stmt> block, Stmt statement) {
        List<Stmt> out = new ArrayList<>();
        boolean seen = false;
        for (Stmt s : block == null ? List.<Stmt>of() : block) {
            if (seen) {
                out.add(s);
            }
            seen |= s == statement;
        }
        return out;
    }

    /** The text of {@code handle.join()} (or {@code result()}, ...) in {@code s}, if any. */
    private static @Nullable String waitCall(SemanticModel file, Stmt s, String handle) {
        for (Expr.Call c : file.findAll(s, Expr.Call.class)) {
            if (c.func() instanceof Expr.Attribute a && WAITS.contains(a.attr())
                    && file.text(a.value()).equals(handle)) {
                return file.text(c);
            }
        }
        return null;
    }

    /**
     * The write that races with {@code statement} (which writes {@code target} in a function
     * reached from a task dispatched once) by the function that started the task, while the
     * task runs; null when there is none or gilscan cannot tell. Only module globals and
     * variables of the dispatching function count.
     */
    public @Nullable Overlap overlap(SemanticModel file, Stmt statement, Expr target) {
        Node function = file.enclosingFunction(statement);
        Symbol symbol = rootSymbol(file, target);
        if (function == null || symbol == null) {
            return null;
        }
        boolean onSelf = symbol.isParameter() && symbol.name().equals(file.firstParameter(function))
                && file.classOfMethod(function) != null;
        String key = null;
        for (Reach r : windowed.getOrDefault(function, List.of())) {
            if (shared(file, target, r) == null) {
                continue;
            }
            for (Window w : windows.getOrDefault(r.entry(), List.of())) {
                boolean sameObject = onSelf && w.kind() != WindowKind.LOOP
                        && file.classOfMethod(w.dispatcher()) == file.classOfMethod(function);
                if (w.file() != file || r.entry().siteFile() != file) {
                    key = key == null ? globalKey(file, target) : key;
                }
                boolean here = w.file() == file && r.entry().siteFile() == file;
                for (Stmt s : here || key != null && w.kind() != WindowKind.OBJECT
                        ? w.statements() : List.<Stmt>of()) {
                    Stmt access = here
                            ? write(file, s, w.dispatcher(), symbol, file.text(target), sameObject)
                            : writeOf(w.file(), s, w.dispatcher(), key);
                    if (access != null) {
                        return overlap(r, w, access, file);
                    }
                }
            }
        }
        return null;
    }

    private static Overlap overlap(Reach r, Window w, Stmt access, SemanticModel reported) {
        String dispatcher = scopeName(w.dispatcher());
        String line = at(w.file(), access, reported);
        String started = at(w.entry().siteFile(), w.start(), reported);
        if (w.kind() == WindowKind.OBJECT) {
            return new Overlap(r, access, w.file(), dispatcher, w.entry().reason()
                    + " runs on a thread started " + started
                    + " for as long as the object lives, while its method `" + dispatcher
                    + "`, which other threads may call, updates it on line "
                    + access.span().line());
        }
        if (w.kind() == WindowKind.LOOP) {
            return new Overlap(r, access, w.file(), dispatcher, w.entry().reason()
                    + " runs on an executor thread (`"
                    + w.entry().siteFile().text(w.entry().site()) + "` " + started + ") while the event loop runs the"
                    + " coroutine `" + dispatcher + "`, which updates it " + line);
        }
        boolean direct = w.start().span().line() <= access.span().line()
                && w.dispatcher() == w.entry().siteFile().enclosingFunction(w.start());
        return new Overlap(r, access, w.file(), dispatcher, w.entry().reason()
                + (w.thread() ? " runs on a thread started " : " runs on a pool thread submitted ")
                + started
                + (direct ? "" : " (in a call `" + dispatcher + "` makes)")
                + " while `" + dispatcher + "` updates it " + line
                + (w.waitedBy() == null ? "" : " before `" + w.waitedBy() + "`"));
    }

    /**
     * The write in {@code s} (outside nested functions, with no lock held) by
     * {@code dispatcher} of {@code text}, whose root name denotes {@code symbol}, or, with
     * {@code onSelf}, is the dispatcher's own {@code self} (another method of the same object).
     */
    private static @Nullable Stmt write(SemanticModel file, Stmt s, Node dispatcher,
            Symbol symbol, String text, boolean onSelf) {
        return unlockedWrite(file, s, dispatcher, t -> {
            Symbol root = rootSymbol(file, t);
            return file.text(t).equals(text) && (root == symbol || onSelf && root != null
                    && root.isParameter() && root.name().equals(file.firstParameter(dispatcher)));
        });
    }

    /**
     * The write in {@code s} (outside nested functions, with no lock held) by
     * {@code dispatcher}, a function of another file, of the state whose {@link #globalKey} is
     * {@code key}.
     */
    private static @Nullable Stmt writeOf(SemanticModel file, Stmt s, Node dispatcher,
            String key) {
        return unlockedWrite(file, s, dispatcher, t -> key.equals(globalKey(file, t)));
    }

    /** The assignment in {@code s} by {@code dispatcher}, no lock held, to a target that matches. */
    private static @Nullable Stmt unlockedWrite(SemanticModel file, Stmt s, Node dispatcher,
            java.util.function.Predicate<Expr> matches) {
        List<Stmt> writes = new ArrayList<>();
        writes.addAll(file.findAll(s, Stmt.AugAssign.class));
        writes.addAll(file.findAll(s, Stmt.Assign.class));
        for (Stmt w : writes) {
            List<Expr> targets = w instanceof Stmt.AugAssign a ? List.of(a.target())
                    : ((Stmt.Assign) w).targets();
            for (Expr t : targets) {
                if (file.enclosingFunction(w) == dispatcher && matches.test(t)
                        && !Locks.heldAt(file, w)) {
                    return w;
                }
            }
        }
        return null;
    }

    /** "on line N" for a node of the reported file, "at `pkg/mod.py:N`" for one of another. */
    private static String at(SemanticModel file, dev.gilscan.analyzer.ast.Located node,
            SemanticModel reported) {
        return file == reported ? "on line " + node.span().line() : "at " + where(file, node);
    }

    /**
     * The name of a module's state that {@code target} denotes, the same in every file:
     * {@code pkg.stats.pending} for {@code pending} in {@code pkg/stats.py} and for
     * {@code stats.pending} where {@code stats} is that module imported, followed by the rest of
     * the chain ({@code pkg.stats.totals["n"]}); null for anything but a module global or an
     * attribute of an imported module.
     */
    private static @Nullable String globalKey(SemanticModel file, Expr target) {
        Expr root = root(target);
        if (!(root instanceof Expr.Name n)) {
            return null;
        }
        Symbol symbol = file.symbols().resolve(n).symbol();
        if (symbol == null || symbol.scope().node() != file.tree()) {
            return null;
        }
        String base = symbol.isImported() ? file.qualifiedName(n)
                : file.module().name() + "." + n.id();
        if (base == null) {
            return null;
        }
        String text = file.text(target);
        return text.startsWith(n.id()) ? base + text.substring(n.id().length()) : null;
    }

    /** The expression an attribute or subscript chain starts from: {@code x} in {@code x.a[k].b}. */
    private static Expr root(Expr e) {
        Expr root = e;
        while (root instanceof Expr.Attribute || root instanceof Expr.Subscript) {
            root = root instanceof Expr.Attribute a ? a.value() : ((Expr.Subscript) root).value();
        }
        return root;
    }

    private static @Nullable Symbol rootSymbol(SemanticModel file, Expr target) {
        Expr root = root(target);
        return root instanceof Expr.Name n ? file.symbols().resolve(n).symbol() : null;
    }

    /** Follows the calls made with no lock held, from the entry, a few levels deep. */
    private void walk(CallGraph graph, Entry entry, Map<Node, Reach> into) {
        walk(graph, new Reach(entry.task(), entry, entry.selfShared(), List.of()), into);
    }

    private void walk(CallGraph graph, Reach start, Map<Node, Reach> into) {
        Deque<Reach> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            Reach r = queue.poll();
            Reach known = into.get(r.function().node());
            if (known != null && (known.selfShared() || !r.selfShared())) {
                continue;
            }
            into.put(r.function().node(), r);
            if (r.path().size() >= MAX_DEPTH) {
                continue;
            }
            SemanticModel file = r.function().file();
            for (CallGraph.Edge e : graph.callees(r.function())) {
                boolean storedCall = e.kind() == CallGraph.EdgeKind.STORED_CALL;
                if ((e.kind() != CallGraph.EdgeKind.CALL && !storedCall)
                        || Locks.heldAt(file, e.site())) {
                    continue;
                }
                List<CallGraph.Edge> path = new ArrayList<>(r.path());
                path.add(e);
                if (storedCall && !r.selfShared()) {
                    deferred.add(new Deferred(new Reach(e.callee(), r.entry(), false,
                            List.copyOf(path)), into));
                    continue;
                }
                boolean self = e.site() instanceof Expr.Call c
                        && c.func() instanceof Expr.Attribute a
                        && e.callee().file().classOfMethod(e.callee().node()) != null
                        && sharedReceiver(file, r, a.value());
                queue.add(new Reach(e.callee(), r.entry(), self, List.copyOf(path)));
            }
        }
    }

    /**
     * True if every call on the path before the stored call is a method call on {@code self}:
     * the callable is stored on the entry's own object (a thread given its handler), and each
     * thread runs the one it was given.
     */
    private static boolean ownObject(List<CallGraph.Edge> path) {
        for (int i = 0; i < path.size() - 1; i++) {
            if (!CallGraph.throughSelf(path.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A stored call a walk did not follow yet, and the map its walk fills. */
    private record Deferred(Reach reach, Map<Node, Reach> into) {}

    /**
     * Follows the stored calls on objects the walks did not know to be shared, once every walk
     * is done: a callable registered by code that runs on no thread (set up once, before the
     * threads start, on the object they all drive) runs on the threads that call it. One
     * registered by code on a thread path may be that thread's own object's, and is left,
     * unless the object it is registered on came from outside that code (a parameter, a
     * global): then the threads may well share it.
     */
    private void followDeferred(CallGraph graph, List<Map<Node, Reach>> windowWalks) {
        for (int round = 0; round < 2 && !deferred.isEmpty(); round++) {
            List<Deferred> now = new ArrayList<>(deferred);
            deferred.clear();
            for (Deferred d : now) {
                List<CallGraph.Edge> path = d.reach().path();
                CallGraph.Edge stored = path.get(path.size() - 1);
                if (ownObject(path)) {
                    Reach r = d.reach();
                    if (registeredManyTimes(graph, stored, r.entry())) {
                        walk(graph, new Reach(r.function(), r.entry(),
                                boundToShared(graph, stored), r.path()), d.into());
                    }
                    continue;
                }
                boolean outside = false;
                for (CallGraph.Function f : graph.registeredIn(stored)) {
                    Reach onThreads = reached.get(f.node());
                    for (Map<Node, Reach> w : windowWalks) {
                        onThreads = onThreads != null ? onThreads : w.get(f.node());
                    }
                    outside |= onThreads == null
                            || !registeredOnOwnObject(graph, f, stored.callee(), onThreads);
                }
                if (outside) {
                    walk(graph, d.reach(), d.into());
                }
            }
        }
        deferred.clear();
    }

    /**
     * True if the callable of a stored call on each thread's own object is handed to more than
     * one of those objects: at two places, in a loop, in the function that starts the thread
     * when two places call it, or by code that itself runs on several threads
     * ({@code for i in range(3): Runner(bump)}). Handed to one object, it runs on the
     * one thread that drives it ({@code ServerThread(handler)} once, whatever else the class
     * is given elsewhere).
     */
    private boolean registeredManyTimes(CallGraph graph, CallGraph.Edge stored, Entry entry) {
        int count = 0;
        for (CallGraph.Function f : graph.registeredIn(stored)) {
            SemanticModel file = f.file();
            boolean dispatches = entry.siteFile() == file
                    && file.enclosingFunction(entry.site()) == f.node();
            if (reached.get(f.node()) != null || dispatches && graph.callers(f).size() > 1) {
                return true;
            }
            for (Expr.Call call : file.calls()) {
                if (file.enclosingFunction(call) == f.node()
                        && passes(graph, file, call, stored.callee())) {
                    count++;
                    if (loop(file, call) != null) {
                        return true;
                    }
                }
            }
        }
        return count > 1;
    }

    /**
     * True if the callable of a stored call is a method bound to an object that every thread
     * given it shares: {@code Watcher(self._restart)} in a loop gives each watcher thread its own
     * watcher but the one {@code self}. A plain function given to each thread's own object
     * ({@code Runner(bump)}) runs on all of them too, but has no object to share.
     */
    private static boolean boundToShared(CallGraph graph, CallGraph.Edge stored) {
        for (CallGraph.Function f : graph.registeredIn(stored)) {
            SemanticModel file = f.file();
            for (Expr.Call call : file.calls()) {
                if (file.enclosingFunction(call) != f.node()) {
                    continue;
                }
                List<Expr> values = new ArrayList<>(call.args());
                call.keywords().forEach(k -> values.add(k.value()));
                for (Expr value : values) {
                    if (value instanceof Expr.Attribute a && root(a.value()) instanceof Expr.Name n
                            && graph.resolveCallable(file, value) == stored.callee()
                            && sharedName(file, f.node(), n)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True if {@code n} in {@code function} is its {@code self}, a parameter or a global. */
    private static boolean sharedName(SemanticModel file, Node function, Expr.Name n) {
        if (n.id().equals(file.firstParameter(function)) && file.classOfMethod(function) != null) {
            return true;
        }
        Resolution r = file.symbols().resolve(n);
        return r.kind() == ResolutionKind.GLOBAL || r.symbol() != null
                && r.symbol().isParameter() && r.symbol().scope().node() == function;
    }

    /**
     * True unless {@code f} hands {@code callable} to an object it did not make: a call such as
     * {@code ctx["dl"].add_hook(callable)} whose receiver comes from a parameter other than an
     * unshared {@code self}, or from a global. A receiver made in {@code f}
     * ({@code d = Downloader(); d.add_hook(h)}), or a hand-over gilscan cannot see, counts as
     * the thread's own object.
     */
    private static boolean registeredOnOwnObject(CallGraph graph, CallGraph.Function f,
            CallGraph.Function callable, Reach reach) {
        SemanticModel file = f.file();
        for (Expr.Call call : file.calls()) {
            if (!(call.func() instanceof Expr.Attribute a) || file.enclosingFunction(call) != f.node()
                    || !passes(graph, file, call, callable)) {
                continue;
            }
            Expr root = root(a.value());
            if (!(root instanceof Expr.Name n)) {
                continue;
            }
            if (n.id().equals(file.firstParameter(f.node()))
                    && file.classOfMethod(f.node()) != null) {
                if (reach.selfShared()) {
                    return false;
                }
                continue;
            }
            Resolution r = file.symbols().resolve(n);
            if (r.kind() == ResolutionKind.GLOBAL || r.symbol() != null
                    && r.symbol().isParameter() && r.symbol().scope().node() == f.node()) {
                return false;
            }
        }
        return true;
    }

    /** True if {@code call} passes {@code callable} as one of its arguments. */
    private static boolean passes(CallGraph graph, SemanticModel file, Expr.Call call,
            CallGraph.Function callable) {
        for (Expr arg : call.args()) {
            if (graph.resolveCallable(file, arg) == callable) {
                return true;
            }
        }
        for (Keyword k : call.keywords()) {
            if (graph.resolveCallable(file, k.value()) == callable) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the object {@code receiver} names is one the threads share, seen from a function
     * that {@code r} describes: the shared {@code self} or what hangs off it ({@code self},
     * {@code self.conn}), an object every task of the entry gets ({@code ctx["dl"]} for a shared
     * parameter {@code ctx}), or what a module global holds.
     */
    private static boolean sharedReceiver(SemanticModel file, Reach r, Expr receiver) {
        Expr root = root(receiver);
        if (!(root instanceof Expr.Name n)) {
            return false;
        }
        Node function = r.function().node();
        if (n.id().equals(file.firstParameter(function)) && file.classOfMethod(function) != null) {
            return r.selfShared() || function == r.entry().task().node()
                    && receiver instanceof Expr.Attribute a && a.value() == n
                    && r.entry().sharedParams().contains("self." + a.attr());
        }
        Resolution res = file.symbols().resolve(n);
        if (res.kind() == ResolutionKind.GLOBAL) {
            return file.qualifiedName(n) == null && res.symbol() != null;
        }
        return function == r.entry().task().node() && res.kind() == ResolutionKind.LOCAL
                && r.entry().sharedParams().contains(n.id());
    }

    /**
     * What shared state {@code target} (a name, attribute or subscript written in a function
     * that {@code reach} describes) belongs to, in words such as "module global `total`"; null
     * when it is owned by the call, per thread, or unknown.
     */
    public static @Nullable String shared(SemanticModel file, Expr target, Reach reach) {
        Expr root = root(target);
        if (!(root instanceof Expr.Name name)) {
            return null;
        }
        String what = target == root ? "" : "`" + file.text(target) + "` of ";
        Node function = file.enclosingFunction(target);
        if (function != null && target != root && name.id().equals(file.firstParameter(function))
                && file.classOfMethod(function) != null && isClassMethod(function)) {
            return "`" + file.text(target) + "`, an attribute of class `"
                    + file.classOfMethod(function).name() + "` that every thread sees";
        }
        if (function != null && target != root && name.id().equals(file.firstParameter(function))
                && file.classOfMethod(function) != null) {
            return reach.selfShared() && function == reach.function().node()
                    ? "`" + file.text(target) + "` of the object the threads share" : null;
        }
        Resolution r = file.symbols().resolve(name);
        Symbol symbol = r.symbol();
        if (target != root && r.kind() == ResolutionKind.LOCAL && symbol != null
                && symbol.bindings().size() == 1 && function == reach.function().node()
                && function == reach.entry().task().node()
                && reach.entry().sharedParams().contains(name.id())) {
            return what + "the object every `" + shortName(reach.entry().task())
                    + "` task gets as `" + name.id() + "`";
        }
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
        if (r.kind() == ResolutionKind.ENCLOSING && symbol != null && !reach.path().isEmpty()
                && !runsOnThePath(symbol.scope().node(), reach)) {
            return what + "variable `" + name.id() + "` of `" + scopeName(symbol.scope().node())
                    + "`, which every thread that calls the closure `"
                    + scopeName(reach.function().node()) + "` shares";
        }
        return null;
    }

    private static boolean isClassMethod(Node function) {
        List<Expr> decorators = function instanceof Stmt.FunctionDef f ? f.decoratorList()
                : function instanceof Stmt.AsyncFunctionDef f ? f.decoratorList() : List.of();
        for (Expr d : decorators) {
            if (d instanceof Expr.Name n && n.id().equals("classmethod")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if {@code scope} runs on the thread's path (the entry or a function on the way): a
     * closure it makes is then made again by each thread, and its variables are per thread.
     */
    private static boolean runsOnThePath(Node scope, Reach reach) {
        if (reach.entry().task().node() == scope) {
            return true;
        }
        for (CallGraph.Edge e : reach.path()) {
            if (e.caller().node() == scope || e.callee().node() == scope) {
                return true;
            }
        }
        return false;
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
