package dev.gilscan.analyzer.concurrency;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.link.CallGraph;
import dev.gilscan.analyzer.link.Project;
import dev.gilscan.analyzer.model.Definition;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.model.Values;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which calls start worker processes, directly or through the project's own functions, with the
 * call chain. Computed once per project and function.
 *
 * <pre>
 * def run():
 *     with ProcessPoolExecutor() as ex: ...   # direct start in run
 * def main():
 *     run()                                   # main starts processes through run
 * main()                                      # at import time: main -> run -> ProcessPoolExecutor()
 * </pre>
 */
public final class ProcessStarts {
    /** A call that starts processes: the call, its file, and what it starts ("a process pool"). */
    public record Start(Expr.Call call, SemanticModel file, String what) {
        public Location location() {
            return new Location(file.path(), call.span());
        }
    }

    /** One call on the way from an unguarded call to the start. */
    public record Step(Location location, String message) {}

    /** How a call leads to a start: the steps, in order, the start, and the last function. */
    public record Chain(List<Step> steps, Start start, CallGraph.Function last) {}

    private final Project project;
    private final Map<Object, Optional<Chain>> summaries =
            Collections.synchronizedMap(new IdentityHashMap<>());

    private ProcessStarts(Project project) {
        this.project = project;
    }

    /** The shared instance of a project. */
    public static ProcessStarts of(Project project) {
        return project.memo(ProcessStarts.class, () -> new ProcessStarts(project));
    }

    /** The start {@code call} makes itself, or null; a pool pinned to {@code fork} does not count. */
    public @Nullable Start direct(SemanticModel file, Expr.Call call) {
        String factory = Concurrency.processFactory(file, call);
        if (factory != null && !Concurrency.PROCESSES.contains(factory)) {
            if ("fork".equals(Concurrency.startMethod(project, file, call))) {
                return null;
            }
            return new Start(call, file, Concurrency.MANAGERS.contains(factory)
                    ? "a manager process" : "a process pool");
        }
        if (call.func() instanceof Expr.Attribute a && a.attr().equals("start")) {
            Expr.Call creation = null;
            if (a.value() instanceof Expr.Call c) {
                creation = c;
            } else if (file.values().valueOf(a.value()) instanceof Values.Value.CallResult r) {
                creation = r.call();
            }
            if (creation != null && isProcessClass(file, creation)
                    && !"fork".equals(Concurrency.startMethod(project, file, creation))) {
                return new Start(call, file, "a process");
            }
        }
        return null;
    }

    private boolean isProcessClass(SemanticModel file, Expr.Call creation) {
        String name = file.qualifiedName(creation.func());
        if (name == null) {
            return false;
        }
        if (Concurrency.PROCESSES.contains(name)) {
            return true;
        }
        Definition cls = project.definition(name);
        if (cls == null || !(cls.node() instanceof dev.gilscan.analyzer.ast.Stmt.ClassDef c)) {
            return false;
        }
        for (Expr base : c.bases()) {
            if (Concurrency.PROCESSES.contains(cls.file().qualifiedName(base))) {
                return true;
            }
        }
        return false;
    }

    /** How {@code call}, a call of a project function, starts processes, or null. */
    public @Nullable Chain throughCall(SemanticModel file, Expr.Call call) {
        CallGraph.Function callee = project.callGraph().resolveCall(file, call);
        if (callee == null) {
            return null;
        }
        Chain inner = summary(callee, new ArrayList<>());
        if (inner == null) {
            return null;
        }
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(new Location(file.path(), call.span()), "calls `" + callee.name() + "`"));
        steps.addAll(inner.steps());
        return new Chain(steps, inner.start(), inner.last());
    }

    /**
     * True if {@code node} is in an {@code if} branch or an {@code except} handler that ends by
     * raising: an error path (a diagnosis before an exception), not the function's normal work.
     */
    static boolean onErrorPath(SemanticModel file, Node node) {
        Node child = node;
        for (Node parent = file.parent(node); parent != null && !CallGraph.isFunction(parent);
                parent = file.parent(parent)) {
            List<Stmt> block = null;
            if (parent instanceof Stmt.If i) {
                block = containsIdentity(i.body(), child) ? i.body()
                        : containsIdentity(i.orelse(), child) ? i.orelse() : null;
            } else if (parent instanceof dev.gilscan.analyzer.ast.ExceptHandler h) {
                block = h.body();
            }
            if (block != null && !block.isEmpty() && block.get(block.size() - 1) instanceof Stmt.Raise) {
                return true;
            }
            child = parent;
        }
        return false;
    }

    private static boolean containsIdentity(List<Stmt> block, Node node) {
        for (Stmt s : block) {
            if (s == node) {
                return true;
            }
        }
        return false;
    }

    /** Whether calling {@code function} starts processes: the chain from its body, or null. */
    private @Nullable Chain summary(CallGraph.Function function, List<Object> inProgress) {
        Optional<Chain> known = summaries.get(function.node());
        if (known != null) {
            return known.orElse(null);
        }
        if (inProgress.stream().anyMatch(n -> n == function.node())) {
            return null;
        }
        inProgress.add(function.node());
        Chain result = compute(function, inProgress);
        inProgress.remove(inProgress.size() - 1);
        summaries.put(function.node(), Optional.ofNullable(result));
        return result;
    }

    private @Nullable Chain compute(CallGraph.Function function, List<Object> inProgress) {
        SemanticModel file = function.file();
        List<Expr.Call> calls = new ArrayList<>();
        for (Expr.Call call : function.file().findAll(function.node(), Expr.Call.class)) {
            if (file.enclosingFunction(call) == function.node() && !onErrorPath(file, call)) {
                calls.add(call);
            }
        }
        for (Expr.Call call : calls) {
            Start start = direct(file, call);
            if (start != null) {
                return new Chain(List.of(), start, function);
            }
        }
        for (Expr.Call call : calls) {
            CallGraph.Function callee = project.callGraph().resolveCall(file, call);
            if (callee == null || callee.node() == function.node()) {
                continue;
            }
            Chain inner = summary(callee, inProgress);
            if (inner != null) {
                List<Step> steps = new ArrayList<>();
                steps.add(new Step(new Location(file.path(), call.span()),
                        "`" + function.name() + "` calls `" + callee.name() + "`"));
                steps.addAll(inner.steps());
                return new Chain(steps, inner.start(), inner.last());
            }
        }
        return null;
    }
}
