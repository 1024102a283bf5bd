package dev.gilscan.analyzer.concurrency;

import dev.gilscan.analyzer.ast.ConstantValue;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Keyword;
import dev.gilscan.analyzer.ast.Located;
import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.ast.TreeWalker;
import dev.gilscan.analyzer.ast.WithItem;
import dev.gilscan.analyzer.link.CallGraph;
import dev.gilscan.analyzer.link.Project;
import dev.gilscan.analyzer.model.Definition;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.model.Values;
import dev.gilscan.analyzer.model.scope.Resolution;
import dev.gilscan.analyzer.model.scope.ResolutionKind;
import dev.gilscan.analyzer.model.scope.Symbol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The lock facts of one file, the per-file half of lock-order analysis: every acquisition of a
 * lock gilscan can name across the project, with the acquisitions already held there, and every
 * call made with a lock held. {@link LockOrder} links the facts of all files through the call
 * graph.
 *
 * <pre>
 * LOCK = threading.Lock()               # key pkg.mod.LOCK: one object for the whole program
 * class Pool:
 *     def __init__(self):
 *         self._lock = threading.RLock()       # key pkg.mod.Pool._lock (per object, see below)
 *         self._ready = threading.Condition(self._lock)   # the same lock as self._lock
 *     def put(self, item):
 *         with self._lock:                     # acquisition of Pool._lock, nothing held
 *             with LOCK:                       # acquisition of mod.LOCK, Pool._lock held
 *                 ...
 *             self._sink.flush()               # a call made with Pool._lock held
 * </pre>
 *
 * A lock is named by where it lives, not by the object: {@code self._lock} in any method of
 * {@code Pool} (or of a subclass, when a base class assigns it) is {@code Pool._lock} whatever the
 * instance. A local variable or a parameter holding a lock has no name across functions and is
 * left out; so are {@code asyncio} locks, whose holders are tasks, not threads.
 */
public final class LockFacts {
    /** What a second acquisition by the holder does. */
    public enum Kind {
        /** {@code threading.Lock}: blocks forever. */
        PLAIN,
        /** {@code RLock}, {@code Condition()}: counts the re-entry. */
        REENTRANT,
        /** A semaphore: takes one more unit, if there is one. */
        SEMAPHORE,
        /** A lock known by its name only. */
        UNKNOWN
    }

    /**
     * A lock with a project-wide name: {@code key} ({@code pkg.mod.Pool._lock}), as written at
     * the site ({@code self._lock}), and whether it is a field of each object (so two objects
     * have two locks under one key).
     */
    public record Lock(String key, String text, Kind kind, boolean perObject) {
        /** The key without its module: {@code Pool._lock}, {@code mod.LOCK} for a global. */
        public String shortKey() {
            String[] parts = key.split("\\.");
            return parts.length < 2 ? key : parts[parts.length - 2] + "." + parts[parts.length - 1];
        }
    }

    /**
     * One acquisition: {@code site} is the {@code with} item's expression or the
     * {@code acquire()} call, in {@code function} (a def, a lambda or the module); {@code held}
     * are the acquisitions of the same function that are held there, outermost first;
     * {@code blocking} is false for {@code acquire(False)} and {@code acquire(timeout=...)},
     * which give up instead of waiting forever.
     */
    public record Acquire(Node function, Expr site, Lock lock, List<Acquire> held,
            boolean blocking, SemanticModel file) {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** A call made in {@code function} while the acquisitions {@code held} are held. */
    public record LockedCall(Node function, Expr.Call call, List<Acquire> held) {}

    private static final Set<String> PLAIN_TYPES = Set.of("threading.Lock",
            "_thread.allocate_lock", "threading._allocate_lock", "multiprocessing.Lock",
            "_thread.LockType", "threading._PyLock");
    private static final Set<String> REENTRANT_TYPES = Set.of("threading.RLock",
            "threading._RLock", "threading._CRLock", "_thread.RLock", "multiprocessing.RLock",
            "threading._PyRLock");
    private static final Set<String> CONDITIONS = Set.of("threading.Condition",
            "multiprocessing.Condition");
    private static final Set<String> SEMAPHORES = Set.of("threading.Semaphore",
            "threading.BoundedSemaphore", "multiprocessing.Semaphore",
            "multiprocessing.BoundedSemaphore");

    private final Project project;
    private final SemanticModel file;
    private final List<Acquire> acquires = new ArrayList<>();
    private final List<LockedCall> lockedCalls = new ArrayList<>();
    private final Map<Node, List<Acquire>> byStatement = new IdentityHashMap<>();
    private final Map<String, @Nullable String> ownerOfField = new HashMap<>();
    /** Memo of {@link #anchor}: a chain like {@code f()()()...} nests as deep as it is long. */
    private final Map<Node, Node> anchors = new IdentityHashMap<>();
    private final Map<List<Stmt>, HeldInBlock> heldInBlocks = new IdentityHashMap<>();

    private LockFacts(Project project, SemanticModel file) {
        this.project = project;
        this.file = file;
        collect();
    }

    /** The facts of {@code file}; {@code project} names locks that other files define. */
    public static LockFacts of(Project project, SemanticModel file) {
        return new LockFacts(project, file);
    }

    /** Every acquisition of a named lock, in source order. */
    public List<Acquire> acquires() {
        return acquires;
    }

    /** Every call made with a named lock held, in source order. */
    public List<LockedCall> lockedCalls() {
        return lockedCalls;
    }

    private void collect() {
        new TreeWalker() {
            @Override
            protected void enter(Node node, List<Node> ancestors) {
                if (node instanceof Stmt.With w) {
                    List<Acquire> outer = held(w);
                    List<Acquire> mine = new ArrayList<>();
                    for (WithItem item : w.items()) {
                        List<Acquire> now = new ArrayList<>(outer);
                        now.addAll(mine);
                        Acquire a = acquire(item.contextExpr(), w, now);
                        if (a != null) {
                            mine.add(a);
                        }
                    }
                    if (!mine.isEmpty()) {
                        byStatement.put(w, mine);
                    }
                } else if (node instanceof Stmt.Expr e && e.value() instanceof Expr.Call c
                        && isAcquire(c)) {
                    Acquire a = acquire(c, e, held(e));
                    if (a != null) {
                        byStatement.put(e, List.of(a));
                    }
                } else if (node instanceof Stmt.If i) {
                    List<Acquire> mine = new ArrayList<>();
                    for (Expr.Call c : file.findAll(i.test(), Expr.Call.class)) {
                        Acquire a = isAcquire(c) ? acquire(c, i, held(i)) : null;
                        if (a != null) {
                            mine.add(a);
                        }
                    }
                    if (!mine.isEmpty()) {
                        byStatement.put(i, mine);
                    }
                } else if (node instanceof Expr.Call c && !isAcquire(c)) {
                    List<Acquire> held = held(c);
                    if (!held.isEmpty()) {
                        lockedCalls.add(new LockedCall(function(c), c, held));
                    }
                }
            }
        }.walk(file.tree(), file.nodes());
    }

    private static boolean isAcquire(Expr.Call c) {
        return c.func() instanceof Expr.Attribute a && a.attr().equals("acquire");
    }

    private Node function(Node node) {
        Node f = file.enclosingFunction(node);
        return f == null ? file.tree() : f;
    }

    /** The acquisition {@code e} makes ({@code with X:} or {@code X.acquire()}), or null. */
    private @Nullable Acquire acquire(Expr e, Stmt statement, List<Acquire> held) {
        Expr lockExpr = e;
        boolean blocking = true;
        if (e instanceof Expr.Call c && c.func() instanceof Expr.Attribute a
                && (a.attr().equals("acquire") || a.attr().equals("acquire_timeout"))) {
            lockExpr = a.value();
            blocking = blocking(c);
        }
        Lock lock = lock(lockExpr, 0);
        if (lock == null) {
            return null;
        }
        Acquire acquire = new Acquire(function(statement), e, lock, List.copyOf(held), blocking,
                file);
        acquires.add(acquire);
        return acquire;
    }

    /** False for {@code acquire(False)}, {@code acquire(blocking=False)}, a timeout. */
    private static boolean blocking(Expr.Call c) {
        if (c.func() instanceof Expr.Attribute a && a.attr().equals("acquire_timeout")) {
            return false;
        }
        if (!c.args().isEmpty() && c.args().get(0) instanceof Expr.Constant k
                && (k.value() instanceof ConstantValue.Bool b && !b.value()
                        || k.value() instanceof ConstantValue.Int i && i.value().signum() == 0)) {
            return false;
        }
        if (c.args().size() > 1) {
            return false;
        }
        for (Keyword k : c.keywords()) {
            if ("timeout".equals(k.arg()) && !(k.value() instanceof Expr.Constant n
                    && n.value() instanceof ConstantValue.Int i && i.value().signum() < 0)) {
                return false;
            }
            if ("blocking".equals(k.arg()) && !(k.value() instanceof Expr.Constant t
                    && t.value() instanceof ConstantValue.Bool b && b.value())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The acquisitions of {@code node}'s own function that are held at it, outermost first:
     * {@code with} blocks around it, {@code if X.acquire():} around it, and {@code X.acquire()}
     * statements before it in an enclosing block with no {@code X.release()} in between.
     */
    private List<Acquire> held(Node node) {
        Node n = node;
        if (!(node instanceof Stmt)) {
            // An expression holds what its statement holds, unless a lambda, def or class comes
            // first (the walk below stops there with nothing held).
            Node anchor = anchor(node);
            if (anchor == null || CallGraph.isFunction(anchor) || anchor instanceof Stmt.ClassDef) {
                return new ArrayList<>();
            }
            n = anchor;
        }
        List<Acquire> held = new ArrayList<>();
        for (Node p = file.parent(n); p != null; n = p, p = file.parent(p)) {
            if (p instanceof Stmt.With && n instanceof Stmt) {
                held.addAll(0, byStatement.getOrDefault(p, List.of()));
            }
            if (p instanceof Stmt.If i && file.inBlock(i.body(), n)) {
                held.addAll(0, byStatement.getOrDefault(p, List.of()));
            }
            if (n instanceof Stmt s) {
                held.addAll(0, acquiredBefore(s));
            }
            if (CallGraph.isFunction(p) || p instanceof Stmt.ClassDef) {
                break;
            }
        }
        return held;
    }

    /** The nearest ancestor of an expression that is a statement or a lambda, or null. */
    private @Nullable Node anchor(Node expression) {
        List<Node> path = new ArrayList<>();
        Node found = null;
        for (Node n = expression; found == null; ) {
            Node known = anchors.get(n);
            Node p = file.parent(n);
            if (known != null) {
                found = known;
            } else if (p == null) {
                break;
            } else if (p instanceof Stmt || p instanceof Expr.Lambda) {
                found = p;
                path.add(n);
            } else {
                path.add(n);
                n = p;
            }
        }
        for (Node n : path) {
            if (found != null) {
                anchors.put(n, found);
            }
        }
        return found;
    }

    /**
     * The acquisitions that {@code X.acquire()} statements before {@code statement} in its block
     * leave held (no {@code X.release()} in between). The walk asks in source order, after the
     * statements before have been collected, so each block is read once, as far as asked.
     */
    private List<Acquire> acquiredBefore(Stmt statement) {
        List<Stmt> block = file.blockOf(statement);
        if (block == null) {
            return List.of();
        }
        HeldInBlock state = heldInBlocks.computeIfAbsent(block, b -> new HeldInBlock());
        int index = file.indexInBlock(statement);
        while (state.before.size() <= index) {
            int next = state.before.size();
            // The statement before this one has been collected; this one may not be yet.
            Stmt s = next == 0 ? null : block.get(next - 1);
            if (s instanceof Stmt.Expr e && e.value() instanceof Expr.Call c
                    && c.func() instanceof Expr.Attribute a) {
                if (a.attr().equals("acquire")) {
                    List<Acquire> held = new ArrayList<>(state.held);
                    held.addAll(byStatement.getOrDefault(s, List.of()));
                    state.held = List.copyOf(held);
                } else if (a.attr().equals("release")) {
                    String released = file.text(a.value());
                    List<Acquire> held = new ArrayList<>(state.held);
                    held.removeIf(h -> h.lock().text().equals(released));
                    state.held = List.copyOf(held);
                }
            }
            state.before.add(state.held);
        }
        return state.before.get(index);
    }

    /** How far {@link #acquiredBefore} has read a block, and what was held before each. */
    private static final class HeldInBlock {
        final List<List<Acquire>> before = new ArrayList<>();
        List<Acquire> held = List.of();
    }

    /** The named lock {@code e} denotes, or null when it has no name across functions. */
    private @Nullable Lock lock(Expr e, int depth) {
        if (depth > 3 || !Locks.mayBeLock(file, e)) {
            return null;
        }
        Values.Value v = file.values().valueOf(e);
        String type = v instanceof Values.Value.CallResult r ? r.callee() : null;
        if (type != null && type.startsWith("asyncio.")) {
            return null;
        }
        if (type != null && CONDITIONS.contains(type) && v instanceof Values.Value.CallResult r
                && !r.call().args().isEmpty()) {
            Lock inner = conditionLock(r.call(), depth);
            if (inner != null) {
                return new Lock(inner.key(), file.text(e), inner.kind(), inner.perObject());
            }
        }
        String key = null;
        boolean perObject = false;
        if (e instanceof Expr.Name n) {
            key = globalKey(n);
        } else if (e instanceof Expr.Attribute a) {
            String self = selfOf(a);
            if (self != null) {
                Stmt.ClassDef cls = file.classOfMethod(file.enclosingFunction(a));
                String owner = cls == null ? null : fieldOwner(cls, a.attr());
                key = owner == null ? null : owner + "." + a.attr();
                perObject = key != null && !classAttribute(owner, a.attr());
            } else {
                String q = file.qualifiedName(a);
                if (q != null) {
                    key = project.canonical(q);
                } else if (file.values().valueOf(a.value()) instanceof Values.Value.CallResult r) {
                    Definition d = project.definition(r.callee());
                    if (d != null && d.kind() == Definition.Kind.CLASS) {
                        key = d.qualifiedName() + "." + a.attr();
                        perObject = !classAttribute(d.qualifiedName(), a.attr());
                    }
                }
            }
        }
        if (key == null) {
            return null;
        }
        if (type == null) {
            type = importedType(key);
        }
        return new Lock(key, file.text(e), kind(type), perObject);
    }

    /** The lock a {@code Condition(lock)} wraps, named in the file that builds it. */
    private @Nullable Lock conditionLock(Expr.Call condition, int depth) {
        Expr arg = condition.args().get(0);
        return lock(arg, depth + 1);
    }

    private static Kind kind(@Nullable String type) {
        if (type == null) {
            return Kind.UNKNOWN;
        }
        if (PLAIN_TYPES.contains(type)) {
            return Kind.PLAIN;
        }
        if (REENTRANT_TYPES.contains(type) || CONDITIONS.contains(type)) {
            return Kind.REENTRANT;
        }
        return SEMAPHORES.contains(type) ? Kind.SEMAPHORE : Kind.UNKNOWN;
    }

    /** {@code self} in {@code self._lock} when it is the first parameter of a method. */
    private @Nullable String selfOf(Expr.Attribute a) {
        if (!(a.value() instanceof Expr.Name n)) {
            return null;
        }
        Node function = file.enclosingFunction(a);
        return function != null && file.classOfMethod(function) != null
                && n.id().equals(file.firstParameter(function)) ? n.id() : null;
    }

    /** {@code pkg.mod.LOCK} for a module global or an imported name; null for a local. */
    private @Nullable String globalKey(Expr.Name n) {
        Resolution r = file.symbols().resolve(n);
        Symbol symbol = r.symbol();
        if (symbol == null) {
            return null;
        }
        if (symbol.isImported()) {
            String q = file.qualifiedName(n);
            return q == null ? null : project.canonical(q);
        }
        boolean module = r.kind() == ResolutionKind.GLOBAL
                || symbol.scope().node() instanceof Mod.Module;
        return module ? file.module().name() + "." + n.id() : null;
    }

    /**
     * The qualified name of the class that defines field {@code field} of {@code cls}: the
     * class itself, or the first project base class whose code assigns {@code self.field} (or a
     * class attribute of that name) when {@code cls} does not.
     */
    private @Nullable String fieldOwner(Stmt.ClassDef cls, String field) {
        String name = file.definitionName(cls);
        String cacheKey = name + "#" + field;
        if (ownerOfField.containsKey(cacheKey)) {
            return ownerOfField.get(cacheKey);
        }
        Definition def = project.definition(name);
        String owner = def == null ? name : ownerIn(def, field, 0);
        ownerOfField.put(cacheKey, owner == null ? name : owner);
        return owner == null ? name : owner;
    }

    private @Nullable String ownerIn(Definition cls, String field, int depth) {
        if (depth > 8 || !(cls.node() instanceof Stmt.ClassDef c)) {
            return null;
        }
        if (assigns(cls.file(), c, field)) {
            return cls.qualifiedName();
        }
        for (Expr base : c.bases()) {
            Definition b = project.definition(cls.file().qualifiedName(base));
            if (b != null && b.kind() == Definition.Kind.CLASS) {
                String found = ownerIn(b, field, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean assigns(SemanticModel in, Stmt.ClassDef c, String field) {
        for (Stmt member : c.body()) {
            if (member instanceof Stmt.Assign a && a.targets().size() == 1
                    && a.targets().get(0) instanceof Expr.Name n && n.id().equals(field)) {
                return true;
            }
            if (member instanceof Stmt.FunctionDef f) {
                String self = in.firstParameter(f);
                for (Stmt.Assign a : in.findAll(f, Stmt.Assign.class)) {
                    for (Expr t : a.targets()) {
                        if (t instanceof Expr.Attribute at && at.attr().equals(field)
                                && at.value() instanceof Expr.Name n && n.id().equals(self)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** True if the class body assigns {@code field}: one lock shared by every instance. */
    private boolean classAttribute(@Nullable String className, String field) {
        Definition def = project.definition(className);
        if (def == null || !(def.node() instanceof Stmt.ClassDef c)) {
            return false;
        }
        for (Stmt member : c.body()) {
            if (member instanceof Stmt.Assign a && a.targets().size() == 1
                    && a.targets().get(0) instanceof Expr.Name n && n.id().equals(field)) {
                return true;
            }
        }
        return false;
    }

    /** The constructor of a module-level lock defined in another file of the project. */
    private @Nullable String importedType(String key) {
        int dot = key.lastIndexOf('.');
        SemanticModel module = dot < 0 ? null : project.module(key.substring(0, dot));
        if (module == null || module == file) {
            return null;
        }
        String name = key.substring(dot + 1);
        for (Stmt.Assign a : module.assignments()) {
            if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
                    && n.id().equals(name) && module.parent(a) instanceof Mod.Module
                    && a.value() instanceof Expr.Call c) {
                return module.qualifiedName(c.func());
            }
        }
        return null;
    }

    /** Where a node is, for messages: {@code line 12}. */
    static String line(Located node) {
        return "line " + node.span().line();
    }
}
