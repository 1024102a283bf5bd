package dev.gilscan.analyzer.concurrency;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.link.CallGraph;
import dev.gilscan.analyzer.link.Project;
import dev.gilscan.analyzer.model.SemanticModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The order in which the project takes its locks, the project half of lock-order analysis (as
 * Infer's deadlock checker does for Java): the per-file {@link LockFacts} linked through the call
 * graph into "holds {@code a}, then takes {@code b}" orders, each with the path that shows it;
 * two orders in opposite directions are a deadlock, and a plain lock taken again by its holder is
 * one by itself.
 *
 * <pre>
 * def transfer():                  def audit():
 *     with ACCOUNTS:                   with LEDGER:
 *         record()                         with ACCOUNTS:   # order LEDGER -> ACCOUNTS
 * def record():                                ...
 *     with LEDGER: ...             # order ACCOUNTS -> LEDGER, through the call to record()
 * </pre>
 *
 * Code that takes a lock is written to run on several threads: gilscan does not ask for the
 * threads that run the two paths, only that neither starts in module code (run once, at import)
 * or in a method that runs before its object is shared ({@code __init__}).
 */
public final class LockOrder {
    /**
     * One order: {@code outer} is held while {@code inner} is taken, directly or through
     * {@code calls} (from {@code outer}'s function to {@code inner}'s); {@code sameObject} when
     * every call goes through {@code self}, so a per-object lock is the one object's both times;
     * {@code heldKeys} are all the locks held at {@code inner}.
     */
    public record Order(LockFacts.Acquire outer, LockFacts.Acquire inner,
            List<CallGraph.Edge> calls, boolean sameObject, Set<String> heldKeys) {}

    /**
     * A lock-order problem at {@code order.inner()}: an inversion with {@code other} (the
     * opposite order), or a self-deadlock when {@code other} is null.
     */
    public record Problem(Order order, @Nullable Order other) {}

    private static final Set<String> UNSHARED = Set.of("__init__", "__new__", "__post_init__",
            "__del__", "setUp", "setUpClass", "__init_subclass__", "__set_name__");
    private static final int MAX_DEPTH = 5;

    private final CallGraph graph;
    private final Map<Node, List<LockFacts.Acquire>> acquiresByFunction = new IdentityHashMap<>();
    private final Map<Node, List<Taken>> taken = new IdentityHashMap<>();
    private final Map<Node, List<Problem>> byFile = new IdentityHashMap<>();

    /** A lock some function takes, directly or through the calls of {@code calls}. */
    private record Taken(LockFacts.Acquire acquire, List<CallGraph.Edge> calls,
            boolean sameObject) {}

    private LockOrder(Project project) {
        graph = project.callGraph();
        List<LockFacts> all = new ArrayList<>();
        for (SemanticModel file : project.files()) {
            LockFacts facts = LockFacts.of(project, file);
            all.add(facts);
            for (LockFacts.Acquire a : facts.acquires()) {
                acquiresByFunction.computeIfAbsent(a.function(), k -> new ArrayList<>()).add(a);
            }
        }
        List<Order> orders = new ArrayList<>();
        for (LockFacts facts : all) {
            for (LockFacts.Acquire a : facts.acquires()) {
                for (LockFacts.Acquire h : a.held()) {
                    add(orders, new Order(h, a, List.of(), receiver(h).equals(receiver(a)),
                            keys(a.held())));
                }
            }
            for (LockFacts.LockedCall call : facts.lockedCalls()) {
                CallGraph.Function caller = graph.function(call.function());
                for (CallGraph.Edge e : caller == null ? List.<CallGraph.Edge>of()
                        : graph.callees(caller)) {
                    if (e.site() != call.call() || !runs(e)) {
                        continue;
                    }
                    boolean self = selfCall(e);
                    for (Taken t : taken(e.callee())) {
                        List<CallGraph.Edge> path = new ArrayList<>();
                        path.add(e);
                        path.addAll(t.calls());
                        Set<String> held = keys(call.held());
                        held.addAll(keys(t.acquire().held()));
                        for (LockFacts.Acquire h : call.held()) {
                            add(orders, new Order(h, t.acquire(), List.copyOf(path),
                                    self && t.sameObject(), held));
                        }
                    }
                }
            }
        }
        link(orders);
    }

    /** The lock-order analysis of a project, computed once. */
    public static LockOrder of(Project project) {
        return project.memo(LockOrder.class, () -> new LockOrder(project));
    }

    /** The problems whose inner acquisition is in {@code file}, in source order. */
    public List<Problem> problemsIn(SemanticModel file) {
        return byFile.getOrDefault(file.tree(), List.of());
    }

    private static void add(List<Order> orders, Order o) {
        if (!o.inner().blocking() || o.outer().lock().kind() == LockFacts.Kind.SEMAPHORE
                || o.inner().lock().kind() == LockFacts.Kind.SEMAPHORE || !shared(o.outer())) {
            return;
        }
        orders.add(o);
    }

    /** False for module code (it runs once) and for methods that run before sharing. */
    private static boolean shared(LockFacts.Acquire outer) {
        Node f = outer.function();
        if (f instanceof Mod.Module) {
            return false;
        }
        String name = f instanceof Stmt.FunctionDef d ? d.name()
                : f instanceof Stmt.AsyncFunctionDef d ? d.name() : "";
        return !UNSHARED.contains(name);
    }

    /** {@code self} for {@code self._lock}: the object a field lock belongs to. */
    private static String receiver(LockFacts.Acquire a) {
        String text = a.lock().text();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? "" : text.substring(0, dot);
    }

    private static Set<String> keys(List<LockFacts.Acquire> held) {
        Set<String> out = new HashSet<>();
        for (LockFacts.Acquire h : held) {
            out.add(h.lock().key());
        }
        return out;
    }

    /**
     * True if the edge runs its callee at its site: a call, or a call of a stored callback
     * ({@code self._on_done(x)} after {@code job.on_done(report)}).
     */
    private static boolean runs(CallGraph.Edge e) {
        return e.kind() == CallGraph.EdgeKind.CALL || e.kind() == CallGraph.EdgeKind.STORED_CALL;
    }

    /**
     * True if the call goes through the caller's {@code self}: {@code self.flush()}. A stored
     * callback is not, even when called as {@code self._on_done(x)}: it is another object's.
     */
    private static boolean selfCall(CallGraph.Edge e) {
        SemanticModel file = e.caller().file();
        return e.kind() == CallGraph.EdgeKind.CALL && e.site() instanceof Expr.Call c && c.func() instanceof Expr.Attribute a
                && a.value() instanceof Expr.Name n
                && n.id().equals(file.firstParameter(e.caller().node()))
                && file.classOfMethod(e.caller().node()) != null
                && e.callee().file().classOfMethod(e.callee().node()) != null;
    }

    /**
     * The locks {@code f} takes, itself or through its calls (a few levels deep), each with the
     * shortest path found, one per lock.
     */
    private List<Taken> taken(CallGraph.Function f) {
        List<Taken> known = taken.get(f.node());
        if (known != null) {
            return known;
        }
        Map<String, Taken> found = new LinkedHashMap<>();
        record Visit(CallGraph.Function function, List<CallGraph.Edge> calls, boolean self) {}
        Deque<Visit> queue = new ArrayDeque<>();
        Set<Node> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        queue.add(new Visit(f, List.of(), true));
        seen.add(f.node());
        while (!queue.isEmpty()) {
            Visit v = queue.poll();
            for (LockFacts.Acquire a : acquiresByFunction.getOrDefault(v.function().node(),
                    List.of())) {
                if (a.blocking()) {
                    found.putIfAbsent(a.lock().key(), new Taken(a, v.calls(), v.self()));
                }
            }
            if (v.calls().size() >= MAX_DEPTH) {
                continue;
            }
            for (CallGraph.Edge e : graph.callees(v.function())) {
                if (runs(e) && seen.add(e.callee().node())) {
                    List<CallGraph.Edge> path = new ArrayList<>(v.calls());
                    path.add(e);
                    queue.add(new Visit(e.callee(), List.copyOf(path), v.self() && selfCall(e)));
                }
            }
        }
        List<Taken> out = List.copyOf(found.values());
        taken.put(f.node(), out);
        return out;
    }

    /** Finds the inversions and the self-deadlocks among the orders. */
    private void link(List<Order> orders) {
        Map<String, List<Order>> byPair = new LinkedHashMap<>();
        for (Order o : orders) {
            byPair.computeIfAbsent(o.outer().lock().key() + "\0" + o.inner().lock().key(),
                    k -> new ArrayList<>()).add(o);
        }
        Set<LockFacts.Acquire> reported = java.util.Collections.newSetFromMap(
                new IdentityHashMap<>());
        for (Order o : orders) {
            String a = o.outer().lock().key();
            String b = o.inner().lock().key();
            if (a.equals(b)) {
                if (selfDeadlock(o) && reported.add(o.inner())) {
                    report(new Problem(o, null));
                }
                continue;
            }
            for (Order other : byPair.getOrDefault(b + "\0" + a, List.of())) {
                if (!gated(o, other, a, b) && reported.add(o.inner())) {
                    report(new Problem(o, other));
                    break;
                }
            }
        }
    }

    /** A plain lock taken again while its holder holds it, on the same object. */
    private static boolean selfDeadlock(Order o) {
        LockFacts.Kind outer = o.outer().lock().kind();
        LockFacts.Kind inner = o.inner().lock().kind();
        boolean plain = (outer == LockFacts.Kind.PLAIN || inner == LockFacts.Kind.PLAIN)
                && outer != LockFacts.Kind.REENTRANT && inner != LockFacts.Kind.REENTRANT;
        return plain && (!o.outer().lock().perObject() || o.sameObject());
    }

    /** True if a third lock held on both paths keeps them from running at once (a gate lock). */
    private static boolean gated(Order o, Order other, String a, String b) {
        Set<String> common = new HashSet<>(o.heldKeys());
        common.retainAll(other.heldKeys());
        common.remove(a);
        common.remove(b);
        return !common.isEmpty();
    }

    private void report(Problem p) {
        byFile.computeIfAbsent(p.order().inner().file().tree(), k -> new ArrayList<>()).add(p);
    }
}
