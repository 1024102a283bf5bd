package dev.gilscan.analyzer.concurrency;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.link.CallGraph;
import dev.gilscan.analyzer.link.CallableFlow;
import dev.gilscan.analyzer.link.Project;
import dev.gilscan.analyzer.model.Definition;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.model.Values;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which of the project's functions run in child processes: the tasks handed to process pools
 * and processes, and the functions they call. Per file, the dispatch sites; across the project,
 * the walk from each task along the call graph.
 *
 * <pre>
 * with ProcessPoolExecutor() as ex: ex.map(work, xs)   # work runs in the pool's processes
 * Process(target=crunch).start()                      # crunch runs in a child process
 * class Job(multiprocessing.Process): def run(self)   # Job(...).start() runs Job.run in one
 * </pre>
 */
public final class ProcessTasks {
    /**
     * A dispatch to processes: the call that hands the work over, its file, the function the
     * children run, how (in words), and the class when a {@code Process} subclass's {@code run}.
     */
    public record Task(Expr.Call site, SemanticModel file, CallGraph.Function task, String how,
            Stmt.@Nullable ClassDef processClass) {}

    /** A function a task runs, and the calls from the task to it (empty for the task itself). */
    public record Reached(Task task, List<CallGraph.Edge> path) {}

    /** A read in the parent process: where, and the function (or module) it is in. */
    public record Read(SemanticModel file, Expr at, String function) {}

    /**
     * An object the parent hands to a task as an argument, pickled for the child: the task's
     * parameter that receives it, and the parent's expression; {@code each} when the parameter
     * receives one element of it at a time ({@code pool.map(f, items)}).
     */
    public record Argument(String parameter, Expr value, boolean each) {}

    private static final Set<String> MAPS = Set.of("map", "imap", "imap_unordered", "map_async");
    private static final int MAX_DEPTH = 6;
    private static final int MAX_TASKS_PER_FUNCTION = 4;

    private final List<Task> tasks = new ArrayList<>();
    private final Map<Node, List<Reached>> reached = new IdentityHashMap<>();
    private final Map<SemanticModel, List<CallGraph.Function>> byFile = new IdentityHashMap<>();

    private ProcessTasks(Project project) {
        CallGraph graph = project.callGraph();
        for (SemanticModel file : project.files()) {
            for (Expr.Call call : file.calls()) {
                Task task = dispatch(project, graph, file, call);
                if (task != null) {
                    tasks.add(task);
                }
            }
        }
        for (Task task : tasks) {
            walk(graph, task);
        }
    }

    /** The shared instance of a project. */
    public static ProcessTasks of(Project project) {
        return project.memo(ProcessTasks.class, () -> new ProcessTasks(project));
    }

    /** Every dispatch to processes in the project, in file and source order. */
    public List<Task> tasks() {
        return tasks;
    }

    /** The functions of {@code file} that child processes run, in the order first reached. */
    public List<CallGraph.Function> functionsIn(SemanticModel file) {
        return byFile.getOrDefault(file, List.of());
    }

    /** How {@code function} runs in child processes: one entry per task that reaches it. */
    public List<Reached> reached(@Nullable Node function) {
        return function == null ? List.of() : reached.getOrDefault(function, List.of());
    }

    /**
     * The first read that {@code reads} accepts in the parent process after {@code task} is
     * handed over: later in the function that dispatches it, or later in a function that calls
     * that one (up to three calls up), never in code the children run.
     */
    public @Nullable Read readAfter(Project project, Task task,
            java.util.function.BiPredicate<SemanticModel, Expr> reads) {
        CallGraph graph = project.callGraph();
        Node scope = task.file().enclosingFunction(task.site());
        CallGraph.Function function = graph.function(scope == null ? task.file().tree() : scope);
        Read found = readIn(task.file(), scope, task.site(), function, reads);
        List<CallGraph.Function> level = function == null ? List.of() : List.of(function);
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        for (int depth = 0; found == null && depth < 3 && !level.isEmpty(); depth++) {
            List<CallGraph.Function> next = new ArrayList<>();
            for (CallGraph.Function callee : level) {
                for (CallGraph.Edge e : graph.callers(callee)) {
                    if (e.kind() != CallGraph.EdgeKind.CALL || !reached(e.caller().node()).isEmpty()
                            || seen.put(e.caller().node(), true) != null) {
                        continue;
                    }
                    Node callerScope = e.caller().node() instanceof dev.gilscan.analyzer.ast.Mod
                            ? null : e.caller().node();
                    found = readIn(e.caller().file(), callerScope, e.site(), e.caller(), reads);
                    if (found != null) {
                        return found;
                    }
                    next.add(e.caller());
                }
            }
            level = next;
        }
        return found;
    }

    private @Nullable Read readIn(SemanticModel file, @Nullable Node scope, Expr after,
            CallGraph.@Nullable Function function,
            java.util.function.BiPredicate<SemanticModel, Expr> reads) {
        if (scope != null && !reached(scope).isEmpty()) {
            return null;
        }
        Stmt statement = file.statementOf(after);
        dev.gilscan.analyzer.ast.Span end = (statement == null ? after : statement).span();
        Node root = scope == null ? file.tree() : scope;
        for (Expr e : file.findAll(root, Expr.class)) {
            dev.gilscan.analyzer.ast.Span at = e.span();
            boolean later = at.line() > end.endLine()
                    || at.line() == end.endLine() && at.column() >= end.endColumn();
            if (later && (e instanceof Expr.Name || e instanceof Expr.Attribute)
                    && file.enclosingFunction(e) == scope && reads.test(file, e)) {
                return new Read(file, e, scope == null || function == null ? "the module" : "`"
                        + SharedState.shortName(function) + "`");
            }
        }
        return null;
    }

    private void walk(CallGraph graph, Task task) {
        record Visit(CallGraph.Function function, List<CallGraph.Edge> path) {}
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        Deque<Visit> queue = new ArrayDeque<>();
        queue.add(new Visit(task.task(), List.of()));
        seen.put(task.task().node(), true);
        while (!queue.isEmpty()) {
            Visit v = queue.poll();
            List<Reached> list = reached.computeIfAbsent(v.function().node(), k -> {
                byFile.computeIfAbsent(v.function().file(), f -> new ArrayList<>()).add(v.function());
                return new ArrayList<>();
            });
            if (list.size() < MAX_TASKS_PER_FUNCTION) {
                list.add(new Reached(task, v.path()));
            }
            if (v.path().size() >= MAX_DEPTH) {
                continue;
            }
            for (CallGraph.Edge e : graph.callees(v.function())) {
                if (e.kind() == CallGraph.EdgeKind.REFERENCE
                        || seen.put(e.callee().node(), true) != null) {
                    continue;
                }
                List<CallGraph.Edge> path = new ArrayList<>(v.path());
                path.add(e);
                queue.add(new Visit(e.callee(), List.copyOf(path)));
            }
        }
    }

    /** The dispatch to processes that {@code call} makes, or null. */
    private static @Nullable Task dispatch(Project project, CallGraph graph, SemanticModel file,
            Expr.Call call) {
        if (call.func() instanceof Expr.Attribute a
                && Concurrency.POOL_TASK_METHODS.contains(a.attr())
                && file.values().valueOf(a.value()) instanceof Values.Value.CallResult r
                && Concurrency.isPool(r.callee())) {
            Expr task = call.args().isEmpty() ? Nodes.keyword(call, "fn", "func")
                    : call.args().get(0);
            CallGraph.Function f = task == null ? null : graph.resolveCallable(file, task);
            return f == null ? null : new Task(call, file, f, "`" + shortName(r.callee()) + "."
                    + a.attr() + "`", null);
        }
        String factory = Concurrency.processFactory(file, call);
        if (factory != null && Concurrency.PROCESSES.contains(factory)) {
            Expr target = Nodes.keyword(call, "target");
            if (target == null && call.args().size() > 1) {
                target = call.args().get(1);
            }
            CallGraph.Function f = target == null ? null : graph.resolveCallable(file, target);
            return f == null ? null : new Task(call, file, f, "`" + shortName(factory)
                    + "(target=...)`", null);
        }
        String callee = file.qualifiedName(call.func());
        Definition cls = project.definition(callee);
        if (cls != null && cls.kind() == Definition.Kind.CLASS
                && project.derivesFrom(cls, Concurrency.PROCESSES)) {
            Definition run = project.method(cls, "run");
            CallGraph.Function f = run == null ? null : graph.function(run.node());
            return f == null ? null : new Task(call, file, f, "`" + ((Stmt.ClassDef) cls.node())
                    .name() + "`, a `multiprocessing.Process`,", (Stmt.ClassDef) cls.node());
        }
        return null;
    }

    /**
     * The objects {@code task}'s dispatch passes to its function, by parameter: {@code
     * ex.submit(f, job)} and {@code pool.apply_async(f, (job,))} pass {@code job},
     * {@code Process(target=f, args=(job,))} too, {@code pool.map(f, jobs)} each of {@code jobs}.
     */
    public static List<Argument> arguments(Task task) {
        Expr.Call site = task.site();
        List<Expr> passed = new ArrayList<>();
        boolean each = false;
        if (task.processClass() != null) {
            return List.of();
        }
        if (site.func() instanceof Expr.Attribute a && Concurrency.POOL_TASK_METHODS.contains(
                a.attr())) {
            if (a.attr().equals("submit")) {
                passed.addAll(site.args().subList(Math.min(1, site.args().size()),
                        site.args().size()));
            } else if (MAPS.contains(a.attr()) && site.args().size() > 1) {
                passed.add(site.args().get(1));
                each = true;
            } else if (a.attr().startsWith("apply") && site.args().size() > 1
                    && site.args().get(1) instanceof Expr.Tuple t) {
                passed.addAll(t.elts());
            }
        } else if (Nodes.keyword(site, "args") instanceof Expr.Tuple t) {
            passed.addAll(t.elts());
        }
        List<String> params = parameters(task.task().node());
        Node function = task.task().node();
        int first = params.isEmpty() || task.task().file().classOfMethod(function) == null
                || CallableFlow.isStatic(function) ? 0 : 1;
        List<Argument> out = new ArrayList<>();
        for (int i = 0; i < passed.size() && first + i < params.size(); i++) {
            out.add(new Argument(params.get(first + i), passed.get(i), each));
        }
        return out;
    }

    /**
     * True if {@code e}, in the function that dispatches {@code task}, reads attribute {@code attr}
     * of the object {@code arg} passes ({@code job.result} after {@code ex.submit(f, job)}), or,
     * when {@code elements}, of one of its elements: {@code n.result} with {@code n} a loop or
     * comprehension variable over it, or {@code jobs[i].result}.
     */
    public static boolean readsArgument(SemanticModel file, Expr e, Task task, Argument arg,
            String attr, boolean elements) {
        if (file != task.file() || !(arg.value() instanceof Expr.Name passed)
                || !(e instanceof Expr.Attribute a) || !a.attr().equals(attr)
                || file.enclosingFunction(e) != file.enclosingFunction(task.site())
                || !ModuleState.isRead(file, e)) {
            return false;
        }
        if (!elements) {
            return a.value() instanceof Expr.Name n && n.id().equals(passed.id());
        }
        if (a.value() instanceof Expr.Subscript sub) {
            return sub.value() instanceof Expr.Name n && n.id().equals(passed.id());
        }
        if (!(a.value() instanceof Expr.Name v)) {
            return false;
        }
        for (Node n = file.parent(e); n != null; n = file.parent(n)) {
            if (n instanceof Stmt.For f && isName(f.target(), v.id()) && isName(f.iter(),
                    passed.id())) {
                return true;
            }
            if (n instanceof dev.gilscan.analyzer.ast.Comprehension c && isName(c.target(), v.id())
                    && isName(c.iter(), passed.id())) {
                return true;
            }
            for (Node child : n.children()) {
                if (child instanceof dev.gilscan.analyzer.ast.Comprehension c
                        && isName(c.target(), v.id()) && isName(c.iter(), passed.id())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isName(Expr e, String id) {
        return e instanceof Expr.Name n && n.id().equals(id);
    }

    private static List<String> parameters(Node function) {
        List<String> out = new ArrayList<>();
        if (function instanceof Stmt.FunctionDef f) {
            f.args().posonlyargs().forEach(a -> out.add(a.arg()));
            f.args().args().forEach(a -> out.add(a.arg()));
        }
        return out;
    }

    private static String shortName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    /**
     * True if the task is a method of the dispatching method's own object ({@code
     * pool.map(self.add, docs)} in a method of the same class) and {@code r} reaches the
     * function through calls on {@code self} only: the worker then runs on a pickled copy of
     * the object the parent keeps.
     */
    public static boolean boundToTheDispatcher(Reached r, Stmt.ClassDef cls) {
        Task task = r.task();
        SemanticModel file = task.file();
        Node dispatcher = file.enclosingFunction(task.site());
        if (dispatcher == null || file.classOfMethod(dispatcher) != cls
                || task.site().args().isEmpty()
                || !(task.site().args().get(0) instanceof Expr.Attribute a
                        && a.value() instanceof Expr.Name n
                        && n.id().equals(file.firstParameter(dispatcher)))) {
            return false;
        }
        return r.path().stream().allMatch(CallGraph::throughSelf);
    }
}
