package dev.gilscan.analyzer.concurrency;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Located;
import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.ast.WithItem;
import dev.gilscan.analyzer.link.CallGraph;
import dev.gilscan.analyzer.link.Project;
import dev.gilscan.analyzer.model.Definition;
import dev.gilscan.analyzer.model.Imports;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.model.Values;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which threads may run when a process forks: threads started earlier and not joined, thread
 * pools still open, threads a module starts when it is imported, and the thread the forking
 * code itself runs on. Per function, a summary of the threads it leaves running; across the
 * project, the callers that run before a fork and the modules imported before it.
 *
 * <pre>
 * threading.Thread(target=poll, daemon=True).start()
 * pool = multiprocessing.get_context("fork").Pool(4)    # forks while poll runs
 * with ThreadPoolExecutor() as ex: os.fork()             # forks while the pool's threads run
 * </pre>
 */
public final class ThreadsAtFork {
    /**
     * A thread that may run at a fork: where it starts, what it is, the calls that lead to its
     * start ({@code steps}) and, after it, the calls that lead to the fork ({@code then}).
     */
    public record Running(SemanticModel file, Located start, String what, List<Step> steps,
            List<Step> then) {
        Running(SemanticModel file, Located start, String what) {
            this(file, start, what, List.of(), List.of());
        }

        Running through(Step step) {
            List<Step> all = new ArrayList<>();
            all.add(step);
            all.addAll(steps);
            return new Running(file, start, what, all, then);
        }

        Running then(Step step) {
            List<Step> all = new ArrayList<>(then);
            all.add(step);
            return new Running(file, start, what, steps, all);
        }
    }

    /** A call on the way to a thread start or a fork. */
    public record Step(SemanticModel file, Located at, String message) {}

    private static final Set<String> OS_FORKS = Set.of("os.fork", "os.forkpty", "pty.fork");
    private static final Set<String> THREADS = Set.of("threading.Thread", "threading.Timer",
            "logging.handlers.QueueListener");
    /** What ends a started thread: {@code join()}, or a {@code QueueListener}'s {@code stop()}. */
    private static final Set<String> THREAD_ENDS = Set.of("join", "stop");
    private static final Set<String> POOL_USES = Set.of("submit", "map");
    /**
     * Process pools that run threads of their own in the parent: {@code multiprocessing.Pool}
     * its handler threads from the start, {@code ProcessPoolExecutor} its manager thread from
     * the first submit.
     */
    private static final Set<String> POOLS_FROM_START = Set.of("multiprocessing.Pool",
            "multiprocessing.pool.Pool");
    private static final Set<String> POOL_ENDS = Set.of("shutdown", "terminate", "join");
    private static final int MAX_CALLERS = 3;
    private static final int MAX_DEPTH = 6;

    private final Project project;
    private final Map<Node, Optional<Running>> leaves =
            Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<SemanticModel, Optional<Running>> atImport =
            Collections.synchronizedMap(new IdentityHashMap<>());
    private @Nullable Map<Node, Running> onThreads;

    private ThreadsAtFork(Project project) {
        this.project = project;
    }

    /** The shared instance of a project. */
    public static ThreadsAtFork of(Project project) {
        return project.memo(ThreadsAtFork.class, () -> new ThreadsAtFork(project));
    }

    /**
     * What {@code call} forks, in words ("`os.fork()`", "a process pool with the `fork` start
     * method"), or null if it does not fork. A pool or process with no start method of its own
     * forks when the program sets {@code fork}, or by default when {@code targetMinor} is below
     * 14 (Linux's default before Python 3.14).
     */
    public @Nullable String forkSite(SemanticModel file, Expr.Call call, int targetMinor) {
        String name = file.qualifiedName(call.func());
        if (name != null && OS_FORKS.contains(name)) {
            return "`" + file.text(call) + "`";
        }
        String factory = Concurrency.processFactory(file, call);
        Expr.Call creation = null;
        String what;
        if (factory != null && !Concurrency.PROCESSES.contains(factory)) {
            creation = call;
            what = Concurrency.MANAGERS.contains(factory) ? "a manager process" : "a process pool";
        } else if (call.func() instanceof Expr.Attribute a && a.attr().equals("start")) {
            creation = creation(file, a.value(), Concurrency.PROCESSES, Concurrency.PROCESSES);
            what = "a process";
        } else {
            return null;
        }
        if (creation == null) {
            return null;
        }
        String method = Concurrency.startMethod(project, file, creation);
        if ("fork".equals(method)) {
            return what + " with the `fork` start method";
        }
        if (method == null && targetMinor < 14) {
            return what + " with the default start method (`fork` on Linux before Python 3.14)";
        }
        return null;
    }

    /**
     * The call that made the object {@code receiver} denotes ({@code Thread(...)} in
     * {@code Thread(...).start()} or {@code t.start()}) when it creates one of {@code classes}
     * or a project subclass of {@code base}; null otherwise.
     */
    private Expr.@Nullable Call creation(SemanticModel file, Expr receiver, Set<String> classes,
            Set<String> base) {
        Expr.Call creation = receiver instanceof Expr.Call c ? c
                : file.values().valueOf(receiver) instanceof Values.Value.CallResult r ? r.call()
                : null;
        if (creation == null) {
            return null;
        }
        String name = file.qualifiedName(creation.func());
        if (name != null && classes.contains(name)) {
            return creation;
        }
        Definition cls = project.definition(name);
        return cls != null && cls.kind() == Definition.Kind.CLASS
                && project.derivesFrom(cls, base) ? creation : null;
    }

    /**
     * A thread that may run when {@code fork} (a call {@link #forkSite} accepts) runs: started
     * before it in its function or, up to three calls up, in a caller before the call; a thread
     * pool whose {@code with} block holds it; the thread the function runs on; a thread started
     * while its module, or a project module it imports, is imported. Null if none is seen.
     */
    public @Nullable Running runningAt(SemanticModel file, Expr.Call fork) {
        Node scope = file.enclosingFunction(fork);
        Running found = before(file, scope, fork, new ArrayList<>());
        CallGraph graph = project.callGraph();
        List<CallGraph.Function> level = new ArrayList<>();
        CallGraph.Function own = graph.function(scope == null ? file.tree() : scope);
        if (own != null && scope != null) {
            level.add(own);
        }
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        for (int depth = 0; found == null && depth < MAX_CALLERS && !level.isEmpty(); depth++) {
            List<CallGraph.Function> next = new ArrayList<>();
            for (CallGraph.Function callee : level) {
                for (CallGraph.Edge e : graph.callers(callee)) {
                    if (e.kind() != CallGraph.EdgeKind.CALL
                            || seen.put(e.caller().node(), true) != null) {
                        continue;
                    }
                    Node callerScope = e.caller().node() instanceof Mod ? null : e.caller().node();
                    Running r = before(e.caller().file(), callerScope, e.site(), new ArrayList<>());
                    if (r != null) {
                        return r.then(new Step(e.caller().file(), e.site(), "then calls `"
                                + SharedState.shortName(e.callee()) + "`, which forks"));
                    }
                    if (callerScope != null) {
                        next.add(e.caller());
                    }
                }
            }
            level = next;
        }
        if (found == null && scope != null) {
            found = threads().get(scope);
        }
        if (found == null) {
            found = importedWithThread(file, scope);
        }
        return found;
    }

    /** A thread left running by code of {@code scope} that runs before {@code at}. */
    private @Nullable Running before(SemanticModel file, @Nullable Node scope, Expr at,
            List<Object> inProgress) {
        Running pool = openPool(file, scope, at);
        if (pool != null) {
            return pool;
        }
        Running library = null;
        for (Expr.Call call : callsIn(file, scope)) {
            if (!precedes(call.span(), at.span())) {
                continue;
            }
            Running r = started(file, scope, call, at, inProgress);
            if (r != null && !startedByLibrary(r)) {
                return r;
            }
            library = library == null ? r : library;
        }
        return library;
    }

    /**
     * True if the thread is one a library call starts: the weaker evidence, reported only when
     * no thread of the project's own runs at the fork.
     */
    private boolean startedByLibrary(Running r) {
        return r.start() instanceof Expr.Call c
                && LibraryThreads.startedBy(project, r.file(), c) != null;
    }

    /** A {@code with ThreadPoolExecutor(...)} block around {@code at}, in {@code scope}. */
    private static @Nullable Running openPool(SemanticModel file, @Nullable Node scope, Expr at) {
        for (Node n = file.parent(at); n != null && n != scope; n = file.parent(n)) {
            if (n instanceof Stmt.With w) {
                for (WithItem item : w.items()) {
                    if (item.contextExpr() instanceof Expr.Call c && isThreadPool(file, c)
                            && item.optionalVars() != null && calledAfter(file, scope,
                                    file.text(item.optionalVars()), POOL_USES, c, at)) {
                        return new Running(file, c, "the threads of `" + file.text(c)
                                + "`, whose `with` block holds this call,");
                    }
                }
            }
        }
        return null;
    }

    /**
     * The thread {@code call} starts and leaves running up to {@code until} (null: to the end
     * of {@code scope}), directly or through a project function.
     */
    private @Nullable Running started(SemanticModel file, @Nullable Node scope, Expr.Call call,
            @Nullable Expr until, List<Object> inProgress) {
        if (call.func() instanceof Expr.Attribute a && a.attr().equals("start")
                && isThread(file, a.value())) {
            String handle = a.value() instanceof Expr.Call ? null : file.text(a.value());
            if (handle == null || !calledAfter(file, scope, handle, THREAD_ENDS, call, until)) {
                return new Running(file, call, "the thread `" + file.text(call) + "`");
            }
            return null;
        }
        if (isThreadPool(file, call) && !(file.parent(call) instanceof WithItem)) {
            Node parent = file.parent(call);
            String handle = parent instanceof Stmt.Assign s && s.targets().size() == 1
                    ? file.text(s.targets().get(0)) : null;
            // A pool starts its threads on the first submit: until then, none runs.
            String name = file.qualifiedName(call.func());
            boolean fromStart = POOLS_FROM_START.contains(name);
            if (handle != null && (fromStart
                    || calledAfter(file, scope, handle, POOL_USES, call, until))
                    && !calledAfter(file, scope, handle, POOL_ENDS, call, until)) {
                return new Running(file, call, "the threads of `" + file.text(call) + "`");
            }
            return null;
        }
        LibraryThreads.Entry library = LibraryThreads.startedBy(project, file, call);
        if (library != null) {
            return endedBefore(file, scope, call, until, library) ? null : new Running(file, call,
                    library.thread() + ", which `" + file.text(call) + "` starts,");
        }
        CallGraph.Function callee = project.callGraph().resolveCall(file, call);
        if (callee == null || callee.node() == scope) {
            return null;
        }
        Running inner = leavesRunning(callee, inProgress);
        return inner == null ? null : inner.through(new Step(file, call, "calls `"
                + SharedState.shortName(callee) + "`, which leaves a thread running"));
    }

    /**
     * True if what ends the thread a library call starts ({@code entry}'s {@code until}) runs in
     * {@code scope} after {@code call} and before {@code until} (the end of the scope when
     * null): a method on the object it returned, the end of the {@code with} block it opens, or
     * a function of the library.
     */
    private static boolean endedBefore(SemanticModel file, @Nullable Node scope, Expr.Call call,
            @Nullable Expr until, LibraryThreads.Entry entry) {
        Node parent = file.parent(call);
        String handle = parent instanceof Stmt.Assign s && s.targets().size() == 1
                ? file.text(s.targets().get(0))
                : parent instanceof WithItem item && item.optionalVars() != null
                        ? file.text(item.optionalVars()) : null;
        for (String end : entry.until()) {
            if (end.startsWith(".")) {
                if (handle != null && calledAfter(file, scope, handle, Set.of(end.substring(1)),
                        call, until)) {
                    return true;
                }
            } else if (end.equals(LibraryThreads.WITH)) {
                if (parent instanceof WithItem && (until == null
                        || !encloses(file, file.parent(parent), until))) {
                    return true;
                }
            } else if (!end.equals("exit")) {
                for (Expr.Call c : callsIn(file, scope)) {
                    if (end.equals(file.qualifiedName(c.func())) && precedes(call.span(), c.span())
                            && (until == null || precedes(c.span(), until.span()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean encloses(SemanticModel file, @Nullable Node outer, Node inner) {
        for (Node n = inner; n != null; n = file.parent(n)) {
            if (n == outer) {
                return true;
            }
        }
        return false;
    }

    /** The thread {@code function} starts and leaves running when it returns, or null. */
    private @Nullable Running leavesRunning(CallGraph.Function function, List<Object> inProgress) {
        Optional<Running> known = leaves.get(function.node());
        if (known != null) {
            return known.orElse(null);
        }
        if (inProgress.stream().anyMatch(n -> n == function.node())
                || inProgress.size() >= MAX_DEPTH) {
            return null;
        }
        inProgress.add(function.node());
        Running result = null;
        for (Expr.Call call : callsIn(function.file(), function.node())) {
            result = started(function.file(), function.node(), call, null, inProgress);
            if (result != null) {
                break;
            }
        }
        inProgress.remove(inProgress.size() - 1);
        leaves.put(function.node(), Optional.ofNullable(result));
        return result;
    }

    /**
     * True if {@code handle.m(...)}, with {@code m} one of {@code methods}, runs in {@code scope}
     * after {@code from} and before {@code until} (the end of the scope when null).
     */
    private static boolean calledAfter(SemanticModel file, @Nullable Node scope, String handle,
            Set<String> methods, Expr from, @Nullable Expr until) {
        for (Expr.Call c : callsIn(file, scope)) {
            if (c.func() instanceof Expr.Attribute a && methods.contains(a.attr())
                    && file.text(a.value()).equals(handle) && precedes(from.span(), c.span())
                    && (until == null || precedes(c.span(), until.span()))) {
                return true;
            }
        }
        return false;
    }

    private boolean isThread(SemanticModel file, Expr receiver) {
        return creation(file, receiver, THREADS, Set.of("threading.Thread")) != null;
    }

    /** A thread pool, or a process pool that runs threads in the parent. */
    private static boolean isThreadPool(SemanticModel file, Expr.Call call) {
        String name = file.qualifiedName(call.func());
        return name != null && (ThreadDispatches.THREAD_POOLS.contains(name)
                || Concurrency.PROCESS_POOLS.contains(name));
    }

    /** The calls of {@code scope}'s own code (module code when null), in source order. */
    private static List<Expr.Call> callsIn(SemanticModel file, @Nullable Node scope) {
        List<Expr.Call> out = new ArrayList<>();
        for (Expr.Call c : scope == null ? file.calls() : file.findAll(scope, Expr.Call.class)) {
            if (file.enclosingFunction(c) == scope) {
                out.add(c);
            }
        }
        out.sort((x, y) -> precedes(x.span(), y.span()) ? -1 : precedes(y.span(), x.span()) ? 1 : 0);
        return out;
    }

    private static boolean precedes(Span a, Span b) {
        return a.line() < b.line() || a.line() == b.line() && a.column() < b.column();
    }

    /**
     * A thread started while {@code file}, or a project module it imports (transitively), is
     * imported; {@code moduleLevel} when the fork is in module code, which runs during the
     * file's own import, so only the modules it imports count. A thread of the file's own import
     * started in the function that forks ({@code scope}) does not count either: whether it
     * starts before the fork is {@link #before}'s to judge (a {@code main()} called by module
     * code that forks first and starts its threads after).
     */
    private @Nullable Running importedWithThread(SemanticModel file, @Nullable Node scope) {
        boolean moduleLevel = scope == null;
        Deque<SemanticModel> queue = new ArrayDeque<>();
        Map<SemanticModel, Boolean> seen = new IdentityHashMap<>();
        seen.put(file, true);
        if (!moduleLevel) {
            Running own = importThread(file);
            if (own != null && (own.file() != file
                    || file.enclosingFunction(own.start()) != scope)) {
                return own;
            }
        }
        queue.add(file);
        while (!queue.isEmpty() && seen.size() < 200) {
            SemanticModel m = queue.poll();
            for (Imports.ImportedName name : m.imports().names()) {
                SemanticModel imported = project.module(name.qualifiedName());
                if (imported == null && name.qualifiedName().lastIndexOf('.') > 0) {
                    String q = name.qualifiedName();
                    imported = project.module(q.substring(0, q.lastIndexOf('.')));
                }
                if (imported == null || seen.put(imported, true) != null) {
                    continue;
                }
                Running r = importThread(imported);
                if (r != null) {
                    return r.through(new Step(m, name.alias(), "imports `"
                            + imported.module().name() + "`, which starts a thread when imported"));
                }
                queue.add(imported);
            }
        }
        return null;
    }

    private @Nullable Running importThread(SemanticModel file) {
        return atImport.computeIfAbsent(file, f -> {
            for (Expr.Call call : callsIn(f, null)) {
                Stmt s = f.statementOf(call);
                if (s != null && f.execution().runsAtImport(s)) {
                    Running r = started(f, null, call, null, new ArrayList<>());
                    if (r != null) {
                        return Optional.of(r);
                    }
                }
            }
            return Optional.empty();
        }).orElse(null);
    }

    /** The functions that run on threads the project starts, with the thread that runs each. */
    private synchronized Map<Node, Running> threads() {
        if (onThreads != null) {
            return onThreads;
        }
        Map<Node, Running> map = new IdentityHashMap<>();
        CallGraph graph = project.callGraph();
        for (SemanticModel file : project.files()) {
            for (Expr.Call call : file.calls()) {
                ThreadDispatches.Dispatch d = ThreadDispatches.of(file, project, call);
                CallGraph.Function task = d == null ? null : d.task() != null
                        ? graph.resolveCallable(file, d.task()) : runOf(d, file);
                if (task == null || map.containsKey(task.node())) {
                    continue;
                }
                Running thread = new Running(file, call, "the thread that starts this code's own"
                        + " thread with `" + file.text(call) + "`");
                Deque<CallGraph.Function> queue = new ArrayDeque<>();
                map.put(task.node(), thread);
                queue.add(task);
                for (int depth = 0; depth < MAX_DEPTH && !queue.isEmpty(); depth++) {
                    Deque<CallGraph.Function> next = new ArrayDeque<>();
                    for (CallGraph.Function f : queue) {
                        for (CallGraph.Edge e : graph.callees(f)) {
                            if (e.kind() == CallGraph.EdgeKind.CALL
                                    && map.putIfAbsent(e.callee().node(), thread) == null) {
                                next.add(e.callee());
                            }
                        }
                    }
                    queue = next;
                }
            }
        }
        onThreads = map;
        return map;
    }

    private CallGraph.@Nullable Function runOf(ThreadDispatches.Dispatch d, SemanticModel file) {
        Definition def = ThreadDispatches.threadClass(project, file, d);
        Definition run = def == null ? null : project.method(def, "run");
        return run == null ? null : project.callGraph().function(run.node());
    }
}
