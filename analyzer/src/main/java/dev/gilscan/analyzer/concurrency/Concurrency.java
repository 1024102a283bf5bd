package dev.gilscan.analyzer.concurrency;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Keyword;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.link.Project;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.model.Values;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the standard library's concurrency entry points are, by qualified name, and how to read
 * them at a call site: which calls create process pools and processes, which methods hand tasks
 * to them, and which start method a multiprocessing context uses.
 *
 * <pre>
 * ProcessPoolExecutor(mp_context=get_context("fork"))   # a process pool with start method fork
 * with Pool(4) as pool: pool.map(f, xs)                  # pool.map dispatches f to processes
 * </pre>
 */
public final class Concurrency {
    /** Classes whose construction starts worker processes. */
    public static final Set<String> PROCESS_POOLS = Set.of(
            "concurrent.futures.ProcessPoolExecutor",
            "concurrent.futures.process.ProcessPoolExecutor",
            "multiprocessing.Pool",
            "multiprocessing.pool.Pool");

    /** Calls that start a manager's server process when called. */
    public static final Set<String> MANAGERS = Set.of("multiprocessing.Manager");

    /** Classes whose {@code start()} starts a process. */
    public static final Set<String> PROCESSES = Set.of(
            "multiprocessing.Process",
            "multiprocessing.process.BaseProcess",
            "multiprocessing.context.Process",
            "multiprocessing.managers.SyncManager",
            "multiprocessing.managers.BaseManager");

    /** Methods of process pools that send a callable to the workers (first argument). */
    public static final Set<String> POOL_TASK_METHODS = Set.of("submit", "map", "imap",
            "imap_unordered", "starmap", "starmap_async", "apply", "apply_async", "map_async");

    private Concurrency() {}

    /**
     * The process-starting class or function a call creates ({@code concurrent.futures.
     * ProcessPoolExecutor}, {@code multiprocessing.Pool}, {@code multiprocessing.Manager},
     * {@code multiprocessing.Process}), or null.
     */
    public static @Nullable String processFactory(SemanticModel file, Expr.Call call) {
        String name = file.qualifiedName(call.func());
        if (name == null) {
            return null;
        }
        if (PROCESS_POOLS.contains(name) || MANAGERS.contains(name) || PROCESSES.contains(name)) {
            return name;
        }
        return null;
    }

    /** True if the name is a pool class (not a Process or a manager). */
    public static boolean isPool(@Nullable String qualifiedName) {
        return qualifiedName != null && PROCESS_POOLS.contains(qualifiedName);
    }

    /**
     * The start method a process-creating call is pinned to: {@code get_context("fork").Pool()},
     * {@code ctx.Pool()} with {@code ctx = get_context("spawn")}, or
     * {@code ProcessPoolExecutor(mp_context=get_context("fork"))}; null when it uses the platform
     * default.
     */
    public static @Nullable String startMethod(SemanticModel file, Expr.Call call) {
        if (call.func() instanceof Expr.Attribute a) {
            String method = contextMethod(file, a.value());
            if (method != null) {
                return method;
            }
        }
        for (Keyword k : call.keywords()) {
            if ("mp_context".equals(k.arg()) || "context".equals(k.arg())) {
                String method = contextMethod(file, k.value());
                if (method != null) {
                    return method;
                }
            }
        }
        return null;
    }

    /**
     * The start method a process-creating call uses when gilscan can tell: pinned at the call
     * ({@link #startMethod(SemanticModel, Expr.Call)}), else set for the whole program by
     * {@code multiprocessing.set_start_method("fork")} in module code of the same file or of a
     * {@code conftest.py} in its folder or one above (pytest imports those first).
     */
    public static @Nullable String startMethod(Project project, SemanticModel file,
            Expr.Call call) {
        String pinned = startMethod(file, call);
        if (pinned != null) {
            return pinned;
        }
        String own = setStartMethod(file);
        if (own != null) {
            return own;
        }
        for (SemanticModel other : project.files()) {
            java.nio.file.Path folder = other.path().getParent();
            if (other.path().getFileName().toString().equals("conftest.py") && folder != null
                    && file.path().startsWith(folder)) {
                String set = setStartMethod(other);
                if (set != null) {
                    return set;
                }
            }
        }
        return null;
    }

    /** The method of a {@code set_start_method("...")} call in module code of {@code file}. */
    private static @Nullable String setStartMethod(SemanticModel file) {
        for (Stmt s : file.execution().importTimeStatements()) {
            if (s instanceof Stmt.Expr e && e.value() instanceof Expr.Call c
                    && !c.args().isEmpty() && c.args().get(0) instanceof Expr.Constant k
                    && k.value() instanceof dev.gilscan.analyzer.ast.ConstantValue.Str str) {
                String name = file.qualifiedName(c.func());
                if ("multiprocessing.set_start_method".equals(name)
                        || "multiprocessing.context.BaseContext.set_start_method".equals(name)) {
                    return str.value();
                }
            }
        }
        for (Stmt.If guard : file.execution().mainGuards()) {
            for (Stmt s : guard.body()) {
                if (s instanceof Stmt.Expr e && e.value() instanceof Expr.Call c
                        && !c.args().isEmpty() && c.args().get(0) instanceof Expr.Constant k
                        && k.value() instanceof dev.gilscan.analyzer.ast.ConstantValue.Str str
                        && "multiprocessing.set_start_method".equals(
                                file.qualifiedName(c.func()))) {
                    return str.value();
                }
            }
        }
        return null;
    }

    private static @Nullable String contextMethod(SemanticModel file, Expr e) {
        Values.Value v = file.values().valueOf(e);
        return v instanceof Values.Value.Context c ? c.method() : null;
    }
}
