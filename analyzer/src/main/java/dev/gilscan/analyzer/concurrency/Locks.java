package dev.gilscan.analyzer.concurrency;

import dev.gilscan.analyzer.ast.ExceptHandler;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.MatchCase;
import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.ast.WithItem;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.model.Values;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Threading locks, and whether one is held at a point of the code.
 *
 * <pre>
 * self._lock = threading.Lock()      # a lock by its value (Lock, RLock, Condition, Semaphore, ...)
 * _cache_lock.acquire()              # a lock by its name (ends in "lock")
 * with self._lock:                   # held in the body
 *     self.n += 1
 * lock.acquire()                     # held in the statements after it, until lock.release()
 * if lock.acquire(timeout=1): ...    # held in the body
 * </pre>
 */
public final class Locks {
    /** Lock types by qualified name: {@code with} and {@code acquire()} make them held. */
    public static final Set<String> LOCK_TYPES = Set.of(
            "threading.Lock", "threading.RLock", "threading.Condition", "threading.Semaphore",
            "threading.BoundedSemaphore", "threading._RLock", "threading._CRLock",
            "_thread.allocate_lock", "_thread.RLock", "_thread.LockType",
            "multiprocessing.Lock", "multiprocessing.RLock", "multiprocessing.Condition",
            "multiprocessing.Semaphore", "multiprocessing.BoundedSemaphore",
            "asyncio.Lock", "asyncio.Condition", "asyncio.Semaphore",
            "asyncio.BoundedSemaphore");

    private Locks() {}

    /** True if {@code e} denotes a lock: by its tracked value, or by a name ending in "lock". */
    public static boolean isLock(SemanticModel file, Expr e) {
        if (file.values().valueOf(e) instanceof Values.Value.CallResult r
                && LOCK_TYPES.contains(r.callee())) {
            return true;
        }
        String name = e instanceof Expr.Name n ? n.id()
                : e instanceof Expr.Attribute a ? a.attr() : null;
        return name != null && lockName(name);
    }

    /**
     * True if {@code e} may be a lock where holding one silences a report: a lock by
     * {@link #isLock}, or a name such as {@code _cond}, {@code mutex}, {@code sem} (a lock whose
     * value is set in a base class gilscan does not follow).
     */
    public static boolean mayBeLock(SemanticModel file, Expr e) {
        if (isLock(file, e)) {
            return true;
        }
        String name = e instanceof Expr.Name n ? n.id()
                : e instanceof Expr.Attribute a ? a.attr() : null;
        if (name == null) {
            return false;
        }
        String bare = name.toLowerCase(java.util.Locale.ROOT).replaceFirst("^_+", "");
        return bare.contains("lock") || bare.contains("mutex") || bare.startsWith("cond")
                || bare.endsWith("_cond") || bare.equals("cv") || bare.startsWith("sem")
                || bare.endsWith("semaphore");
    }

    /** {@code lock}, {@code _rlock}, {@code cache_lock}, {@code writeLock}; not {@code block}. */
    static boolean lockName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String bare = lower.replaceFirst("^_+", "");
        return bare.equals("lock") || bare.equals("rlock") || lower.endsWith("_lock")
                || lower.endsWith("_rlock") || name.endsWith("Lock");
    }

    /** The lock {@code call} calls {@code method} on ({@code lock.acquire()}), or null. */
    public static @Nullable Expr lockCall(SemanticModel file, Expr call, String method) {
        Expr c = call instanceof Expr.Await a ? a.value() : call;
        if (c instanceof Expr.Call k && k.func() instanceof Expr.Attribute a
                && a.attr().equals(method) && isLock(file, a.value())) {
            return a.value();
        }
        return null;
    }

    private static @Nullable Expr anyLockCall(SemanticModel file, Expr call, String method) {
        Expr c = call instanceof Expr.Await a ? a.value() : call;
        if (c instanceof Expr.Call k && k.func() instanceof Expr.Attribute a
                && a.attr().equals(method) && mayBeLock(file, a.value())) {
            return a.value();
        }
        return null;
    }

    /** True if {@code e} contains a call of {@code method} on the lock written {@code lockText}. */
    public static boolean callsOn(SemanticModel file, Node e, String lockText, String method) {
        for (Expr.Call call : file.findAll(e, Expr.Call.class)) {
            if (call.func() instanceof Expr.Attribute a && a.attr().equals(method)
                    && file.text(a.value()).equals(lockText)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if a lock is held at {@code node} by the code of its own function: a {@code with}
     * around it, an {@code if lock.acquire():} around it, or a {@code lock.acquire()} statement
     * before it in an enclosing block with no {@code lock.release()} in between.
     */
    public static boolean heldAt(SemanticModel file, Node node) {
        return !heldLocks(file, node).isEmpty();
    }

    /**
     * The locks held at {@code node} by the code of its own function, innermost first, as
     * written ({@code self._lock}); empty when none is.
     */
    public static List<String> heldLocks(SemanticModel file, Node node) {
        List<String> held = new java.util.ArrayList<>();
        Node n = node;
        for (Node p = file.parent(n); p != null; n = p, p = file.parent(p)) {
            if (p instanceof Stmt.With w && n instanceof Stmt) {
                held.addAll(locksOf(file, w.items()));
            }
            if (p instanceof Stmt.AsyncWith w && n instanceof Stmt) {
                held.addAll(locksOf(file, w.items()));
            }
            if (p instanceof Stmt.If i && file.inBlock(i.body(), n)) {
                held.addAll(acquired(file, i.test()));
            }
            if (n instanceof Stmt s) {
                held.addAll(file.derived(HeldBefore.class, HeldBefore::new).at(file, s));
            }
            if (p instanceof Stmt.FunctionDef || p instanceof Stmt.AsyncFunctionDef
                    || p instanceof Expr.Lambda || p instanceof Stmt.ClassDef) {
                break;
            }
        }
        return held;
    }

    /** True if {@code block} holds {@code node} itself (by identity). */
    public static boolean holds(List<Stmt> block, Node node) {
        for (Stmt s : block) {
            if (s == node) {
                return true;
            }
        }
        return false;
    }

    private static List<String> locksOf(SemanticModel file, List<WithItem> items) {
        List<String> out = new java.util.ArrayList<>();
        for (WithItem item : items) {
            Expr e = item.contextExpr();
            if (e instanceof Expr.Call c && c.func() instanceof Expr.Attribute a
                    && (a.attr().equals("acquire") || a.attr().equals("acquire_timeout"))) {
                e = a.value();
            }
            if (mayBeLock(file, e)) {
                out.add(file.text(e));
            }
        }
        return out;
    }

    private static List<String> acquired(SemanticModel file, Expr test) {
        List<String> out = new java.util.ArrayList<>();
        for (Expr.Call call : file.findAll(test, Expr.Call.class)) {
            Expr lock = anyLockCall(file, call, "acquire");
            if (lock != null) {
                out.add(file.text(lock));
            }
        }
        return out;
    }

    /**
     * The locks that {@code X.acquire()} statements before a statement in its block leave held
     * (no {@code X.release()} in between), found for a whole block at its first query: asking
     * for each statement of a 100,000-statement block must not read the block each time.
     */
    private static final class HeldBefore {
        private final Map<List<Stmt>, List<Set<String>>> byBlock = new IdentityHashMap<>();

        synchronized Set<String> at(SemanticModel file, Stmt statement) {
            List<Stmt> block = file.blockOf(statement);
            if (block == null) {
                return Set.of();
            }
            return byBlock.computeIfAbsent(block, b -> ofBlock(file, b))
                    .get(file.indexInBlock(statement));
        }

        private static List<Set<String>> ofBlock(SemanticModel file, List<Stmt> block) {
            List<Set<String>> before = new ArrayList<>(block.size());
            Set<String> held = Set.of();
            for (Stmt s : block) {
                before.add(held);
                if (s instanceof Stmt.Expr e) {
                    Expr acquired = anyLockCall(file, e.value(), "acquire");
                    Expr released = anyLockCall(file, e.value(), "release");
                    if (acquired != null || released != null) {
                        Set<String> next = new LinkedHashSet<>(held);
                        if (acquired != null) {
                            next.add(file.text(acquired));
                        } else {
                            next.remove(file.text(released));
                        }
                        held = Collections.unmodifiableSet(next);
                    }
                }
            }
            return before;
        }
    }
}
