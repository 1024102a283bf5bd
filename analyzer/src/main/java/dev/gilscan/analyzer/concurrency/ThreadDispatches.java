package dev.gilscan.analyzer.concurrency;

import dev.gilscan.analyzer.ast.ConstantValue;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.link.Project;
import dev.gilscan.analyzer.model.Definition;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.model.Values;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The places where code hands a callable to another thread: thread pools, threads, timers,
 * {@code asyncio.to_thread} and {@code loop.run_in_executor}.
 *
 * <pre>
 * pool.map(crunch, jobs)                     # ThreadPoolExecutor.map: crunch on pool threads
 * threading.Thread(target=work).start()      # work on a new thread
 * await asyncio.to_thread(load, path)        # load on the default executor's threads
 * loop.run_in_executor(None, parse, text)    # parse on the default executor's threads
 * pool.submit(job).add_done_callback(done)   # done on the pool thread that finishes job
 * class Worker(Thread): def run(self): ...   # Worker(...) runs Worker.run on a thread
 * </pre>
 */
public final class ThreadDispatches {
    /** A dispatch: the call that hands work to threads, the callable, and how it does it. */
    public record Dispatch(Expr.Call site, @Nullable Expr task,
            Stmt.@Nullable ClassDef threadClass, String how) {}

    /** Thread pools by qualified name. */
    public static final Set<String> THREAD_POOLS = Set.of(
            "concurrent.futures.ThreadPoolExecutor",
            "concurrent.futures.thread.ThreadPoolExecutor",
            "multiprocessing.pool.ThreadPool",
            "multiprocessing.dummy.Pool");

    private static final Set<String> EXECUTOR_METHODS = Set.of("submit", "map");
    private static final Set<String> POOL_METHODS = Set.of("apply", "apply_async", "map",
            "map_async", "imap", "imap_unordered", "starmap", "starmap_async");
    private static final Set<String> THREADS = Set.of("threading.Thread");

    private ThreadDispatches() {}

    /** The dispatch {@code call} makes, or null if it hands nothing to threads. */
    public static @Nullable Dispatch of(SemanticModel file, Project project, Expr.Call call) {
        if (call.func() instanceof Expr.Attribute a) {
            if (a.attr().equals("add_done_callback") && call.args().size() == 1
                    && isPoolFuture(file, a.value())) {
                return new Dispatch(call, call.args().get(0), null, "add_done_callback");
            }
            if (a.attr().equals("run_in_executor") && call.args().size() >= 2
                    && runsOnThreads(file, call.args().get(0))) {
                return new Dispatch(call, call.args().get(1), null, "run_in_executor");
            }
            if (file.values().valueOf(a.value()) instanceof Values.Value.CallResult r
                    && THREAD_POOLS.contains(r.callee())) {
                boolean executor = r.callee().startsWith("concurrent.futures");
                if ((executor ? EXECUTOR_METHODS : POOL_METHODS).contains(a.attr())) {
                    Expr task = call.args().isEmpty() ? Nodes.keyword(call, "fn", "func")
                            : call.args().get(0);
                    return new Dispatch(call, task, null, shortName(r.callee()) + "." + a.attr());
                }
            }
        }
        String callee = file.qualifiedName(call.func());
        if (callee == null) {
            return null;
        }
        if (THREADS.contains(callee)) {
            Expr target = Nodes.keyword(call, "target");
            if (target == null && call.args().size() > 1) {
                target = call.args().get(1);
            }
            return target == null ? null : new Dispatch(call, target, null, "Thread(target=...)");
        }
        if (callee.equals("threading.Timer")) {
            Expr function = call.args().size() > 1 ? call.args().get(1)
                    : Nodes.keyword(call, "function");
            return function == null ? null : new Dispatch(call, function, null, "Timer");
        }
        if (callee.equals("asyncio.to_thread") && !call.args().isEmpty()) {
            return new Dispatch(call, call.args().get(0), null, "asyncio.to_thread");
        }
        Definition cls = project.definition(callee);
        if (cls != null && cls.kind() == Definition.Kind.CLASS
                && project.derivesFrom(cls, THREADS) && project.method(cls, "run") != null) {
            return new Dispatch(call, null, (Stmt.ClassDef) cls.node(), "Thread subclass");
        }
        return null;
    }

    /**
     * The project's definition of the class a {@code Thread}-subclass dispatch makes, found
     * through the name the dispatching file calls it by: the class may live in another file.
     */
    public static @Nullable Definition threadClass(Project project, SemanticModel file,
            Dispatch d) {
        if (d.threadClass() == null) {
            return null;
        }
        Definition def = project.definition(file.qualifiedName(d.site().func()));
        return def != null && def.node() == d.threadClass() ? def
                : project.definition(file.definitionName(d.threadClass()));
    }

    /**
     * A future of a pool ({@code f = pool.submit(...)}, {@code pool.submit(...)} itself): its
     * done-callbacks run on the worker thread that finishes it. Futures of asyncio, whose
     * callbacks run on the event loop, are not: gilscan checks for {@code submit}.
     */
    private static boolean isPoolFuture(SemanticModel file, Expr future) {
        Expr value = future instanceof Expr.Name n ? file.singleAssignedValue(n) : future;
        return value instanceof Expr.Call c && c.func() instanceof Expr.Attribute submit
                && submit.attr().equals("submit");
    }

    /** {@code None} (the default executor, a thread pool) or a tracked thread pool. */
    private static boolean runsOnThreads(SemanticModel file, Expr executor) {
        if (executor instanceof Expr.Constant c && c.value() instanceof ConstantValue.None) {
            return true;
        }
        return file.values().valueOf(executor) instanceof Values.Value.CallResult r
                && THREAD_POOLS.contains(r.callee());
    }

    private static String shortName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
