package dev.gilscan.analyzer.link;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.model.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Done-callbacks of the project's own {@code concurrent.futures.Future} objects: such a future
 * runs the callbacks added with {@code add_done_callback} inside {@code set_result} (and
 * {@code set_exception}, {@code cancel}), on the thread that completes it. The link step adds a
 * stored-call edge from each function that completes a future held in an attribute to each
 * callback added to a future held in an attribute of the same name, when every object the project
 * stores under that name is a {@code concurrent.futures.Future} it makes (not an executor's or an
 * asyncio future, whose callbacks run elsewhere).
 *
 * <pre>
 * self._done = concurrent.futures.Future()
 * with self._lock: self._done.set_result(v)     # runs on_done here, with self._lock held
 * job._done.add_done_callback(on_done)
 * </pre>
 */
final class FutureCallbacks {
    private static final Set<String> FUTURES = Set.of("concurrent.futures.Future",
            "concurrent.futures._base.Future");
    private static final Set<String> COMPLETIONS = Set.of("set_result", "set_exception",
            "cancel");

    /** A call in a function, on a future held in attribute {@code attr} ({@code x.done}). */
    private record Site(CallGraph.Function function, Expr.Call call, String attr) {}

    private FutureCallbacks() {}

    static void link(CallGraph graph, List<SemanticModel> files) {
        Map<String, Boolean> onlyFutures = new HashMap<>();
        for (SemanticModel file : files) {
            for (Stmt.Assign a : file.assignments()) {
                for (Expr t : a.targets()) {
                    if (t instanceof Expr.Attribute at) {
                        String made = a.value() instanceof Expr.Call c
                                ? file.qualifiedName(c.func()) : null;
                        boolean future = made != null && FUTURES.contains(made);
                        onlyFutures.merge(at.attr(), future, Boolean::logicalAnd);
                    }
                }
            }
        }
        List<Site> completions = new ArrayList<>();
        List<Site> registrations = new ArrayList<>();
        for (SemanticModel file : files) {
            for (Expr.Call call : file.calls()) {
                if (!(call.func() instanceof Expr.Attribute a)
                        || !(a.value() instanceof Expr.Attribute holder)) {
                    continue;
                }
                Node owner = file.enclosingFunction(call);
                CallGraph.Function where = graph.function(owner == null ? file.tree() : owner);
                boolean future = onlyFutures.getOrDefault(holder.attr(), false)
                        || file.values().valueOf(holder) instanceof Values.Value.CallResult r
                                && FUTURES.contains(r.callee());
                if (where == null || !future) {
                    continue;
                }
                if (COMPLETIONS.contains(a.attr())) {
                    completions.add(new Site(where, call, holder.attr()));
                } else if (a.attr().equals("add_done_callback") && !call.args().isEmpty()) {
                    registrations.add(new Site(where, call, holder.attr()));
                }
            }
        }
        for (Site added : registrations) {
            CallGraph.Function callback = graph.resolveCallable(added.function().file(),
                    added.call().args().get(0));
            for (Site completion : callback == null ? List.<Site>of() : completions) {
                if (completion.attr().equals(added.attr())) {
                    graph.addEdge(completion.function(), callback, completion.call(),
                            CallGraph.EdgeKind.STORED_CALL, added.function());
                }
            }
        }
    }
}
