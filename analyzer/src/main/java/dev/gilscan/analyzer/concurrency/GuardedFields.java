package dev.gilscan.analyzer.concurrency;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.link.Project;
import dev.gilscan.analyzer.model.SemanticModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Classes that lock: RacerD's rule that a class guarding some writes of its own fields with a
 * lock is meant to be shared between threads, even when the project never starts a thread (a
 * library's connection pool, a metrics registry). A fact of one file: for each field of such a
 * class, the writes made under a lock, so that a write of the same field with no lock held is a
 * race with them.
 *
 * <pre>
 * class Registry:
 *     def add(self, k):
 *         with self._lock:
 *             self.count += 1      # guarded: Registry is meant to be shared
 *     def reset(self):
 *         self.count = 0           # races with add
 * class Slot(threading.local): ... # per thread: never shared
 * </pre>
 */
public final class GuardedFields {
    /** A write of {@code self.field} made under {@code lock} in {@code method}. */
    public record Guarded(String field, String lock, Stmt write, String method,
            boolean readModifyWrite) {}

    /** Methods that run before the object is shared or after the other threads are gone. */
    private static final Set<String> UNSHARED_METHODS = Set.of("__init__", "__new__",
            "__post_init__", "__setstate__", "__del__", "__copy__", "__deepcopy__", "setUp",
            "tearDown", "setUpClass", "__init_subclass__");

    /** Calls that start threads or hand them work. */
    private static final Set<String> STARTS = Set.of("start", "submit", "map", "start_new_thread",
            "apply_async");

    private final SemanticModel file;
    /** By class node, then field name: the guarded writes. */
    private final Map<Node, Map<String, List<Guarded>>> guarded = new IdentityHashMap<>();
    /** By class node: the methods its own calls make only with a lock held. */
    private final Map<Node, Map<String, String>> lockedByCallers = new IdentityHashMap<>();

    private GuardedFields(SemanticModel file) {
        this.file = file;
        for (Stmt.ClassDef cls : file.classes()) {
            if (!isThreadLocal(file, cls)) {
                collect(cls);
            }
        }
    }

    /** The facts of one file, computed once per project. */
    public static GuardedFields of(Project project, SemanticModel file) {
        return project.memo(new Key(file), () -> new GuardedFields(file));
    }

    private record Key(SemanticModel file) {}

    /** True if the class derives from {@code threading.local}: each thread has its own. */
    public static boolean isThreadLocal(SemanticModel file, Stmt.ClassDef cls) {
        for (Expr base : cls.bases()) {
            String name = file.qualifiedName(base);
            if ("threading.local".equals(name) || "_threading_local.local".equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void collect(Stmt.ClassDef cls) {
        Map<String, List<Guarded>> fields = new HashMap<>();
        Map<String, String> underLock = calledUnderLock(cls);
        lockedByCallers.put(cls, underLock);
        for (Stmt member : cls.body()) {
            String self = file.firstParameter(member);
            String method = member instanceof Stmt.FunctionDef f ? f.name()
                    : member instanceof Stmt.AsyncFunctionDef f ? f.name() : null;
            if (self == null || method == null || UNSHARED_METHODS.contains(method)) {
                continue;
            }
            for (Stmt write : writes(member)) {
                Expr target = target(write);
                String field = target == null ? null : field(target, self);
                List<String> locks = new ArrayList<>(Locks.heldLocks(file, write));
                if (underLock.containsKey(method)) {
                    locks.add(underLock.get(method));
                }
                if (field != null && !locks.isEmpty() && file.enclosingFunction(write) == member) {
                    fields.computeIfAbsent(field, k -> new ArrayList<>()).add(new Guarded(field,
                            locks.get(0), write, method, write instanceof Stmt.AugAssign));
                }
            }
        }
        if (!fields.isEmpty()) {
            guarded.put(cls, fields);
        }
    }

    /**
     * The methods that every call of in the class ({@code self.m(...)}) is made with a lock
     * held, with that lock: helpers such as {@code _grow_locked} that rely on their callers.
     */
    private Map<String, String> calledUnderLock(Stmt.ClassDef cls) {
        record SelfCall(String caller, String callee, List<String> locks) {}
        List<SelfCall> selfCalls = new ArrayList<>();
        Set<String> escaped = new java.util.HashSet<>();
        boolean anyLocked = false;
        for (Stmt member : cls.body()) {
            String self = file.firstParameter(member);
            String name = methodName(member);
            if (self == null || UNSHARED_METHODS.contains(name)) {
                continue;
            }
            for (Expr.Call call : file.findAll(member, Expr.Call.class)) {
                if (call.func() instanceof Expr.Attribute a && a.value() instanceof Expr.Name n
                        && n.id().equals(self)) {
                    List<String> locks = Locks.heldLocks(file, call);
                    anyLocked |= !locks.isEmpty();
                    selfCalls.add(new SelfCall(name, a.attr(), locks));
                }
            }
            // A bound method taken as a value (`flush = self._flush_some`, a callback) may be
            // called anywhere later, with no lock held.
            for (Expr.Attribute a : file.findAll(member, Expr.Attribute.class)) {
                if (a.value() instanceof Expr.Name n && n.id().equals(self)
                        && !(file.parent(a) instanceof Expr.Call c && c.func() == a)
                        && isMethod(cls, a.attr())) {
                    escaped.add(a.attr());
                }
            }
        }
        Map<String, String> locked = new HashMap<>();
        for (int round = 0; anyLocked && round < 3; round++) {
            Map<String, String> next = new HashMap<>();
            Set<String> unlocked = new java.util.HashSet<>();
            for (SelfCall call : selfCalls) {
                String lock = !call.locks().isEmpty() ? call.locks().get(0)
                        : locked.get(call.caller());
                if (lock == null) {
                    unlocked.add(call.callee());
                } else {
                    next.putIfAbsent(call.callee(), lock);
                }
            }
            next.keySet().removeAll(unlocked);
            next.keySet().removeAll(escaped);
            if (next.equals(locked)) {
                break;
            }
            locked = next;
        }
        return locked;
    }

    private static boolean isMethod(Stmt.ClassDef cls, String name) {
        for (Stmt member : cls.body()) {
            if (methodName(member).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static List<Stmt> writes(Node method) {
        List<Stmt> out = new ArrayList<>();
        out.addAll(Nodes.findAll(method, Stmt.AugAssign.class));
        for (Stmt.Assign a : Nodes.findAll(method, Stmt.Assign.class)) {
            if (a.targets().size() == 1) {
                out.add(a);
            }
        }
        return out;
    }

    private static @Nullable Expr target(Stmt write) {
        return write instanceof Stmt.AugAssign a ? a.target()
                : write instanceof Stmt.Assign a ? a.targets().get(0) : null;
    }

    /** {@code n} for {@code self.n} or {@code self.n[k]}; null for anything else. */
    private static @Nullable String field(Expr target, String self) {
        Expr holder = target instanceof Expr.Subscript s ? s.value() : target;
        return holder instanceof Expr.Attribute a && a.value() instanceof Expr.Name n
                && n.id().equals(self) ? a.attr() : null;
    }

    /**
     * The guarded writes that an unlocked write of {@code target} in {@code statement} races
     * with: {@code target} is {@code self.field} (or {@code self.field[k]}) in a method of a class
     * that writes that field under a lock elsewhere; empty when it is not.
     */
    public List<Guarded> racesWith(Stmt statement, Expr target) {
        Node function = file.enclosingFunction(statement);
        Stmt.ClassDef cls = function == null ? null : file.classOfMethod(function);
        String self = function == null ? null : file.firstParameter(function);
        String method = function instanceof Stmt.FunctionDef f ? f.name()
                : function instanceof Stmt.AsyncFunctionDef f ? f.name() : null;
        Map<String, List<Guarded>> fields = cls == null ? null : guarded.get(cls);
        String field = self == null ? null : field(target, self);
        if (fields == null || field == null || method == null || UNSHARED_METHODS.contains(method)
                || method.contains("fork")
                || lockedByCallers.getOrDefault(cls, Map.of()).containsKey(method)) {
            return List.of();
        }
        return startsThreadsAfter(function, statement, cls, 0) ? List.of()
                : fields.getOrDefault(field, List.of());
    }

    private static String methodName(Node member) {
        return member instanceof Stmt.FunctionDef f ? f.name()
                : member instanceof Stmt.AsyncFunctionDef f ? f.name() : "";
    }

    /**
     * True if {@code function} starts a thread after {@code statement}: the write sets the
     * state up before the threads that share it run ({@code self.count = 0} then
     * {@code Thread(...).start()}).
     */
    private static boolean startsThreadsAfter(Node function, Stmt statement,
            Stmt.ClassDef cls, int depth) {
        for (Expr.Call call : Nodes.findAll(function, Expr.Call.class)) {
            if ((depth == 0 && call.span().line() <= statement.span().line())
                    || !(call.func() instanceof Expr.Attribute a)) {
                continue;
            }
            if (STARTS.contains(a.attr())) {
                return true;
            }
            if (depth == 0 && a.value() instanceof Expr.Name) {
                for (Stmt member : cls.body()) {
                    if (methodName(member).equals(a.attr())
                            && startsThreadsAfter(member, statement, cls, 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
