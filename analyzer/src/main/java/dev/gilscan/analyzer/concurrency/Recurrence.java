package dev.gilscan.analyzer.concurrency;

import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.link.CallGraph;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether a function runs many times (once per request, connection, message or callback) or
 * provably once, read off the call graph. A dispatch inside a function that runs many times is a
 * dispatch that happens many times, so its task runs on several threads at once.
 *
 * <pre>
 * def accept(self, sock):                 # called from 2 places: many times
 *     self.enqueue(conn)
 * def enqueue(self, conn):                # called by accept, which runs many times
 *     self.pool.submit(self.handle, conn) # so handle runs on several pool threads at once
 * def main(): pool.submit(job)            # called once, from module code: once
 * </pre>
 */
public final class Recurrence {
    private static final int MAX_DEPTH = 5;

    /** Methods that by convention run once per object or per program. */
    private static final Set<String> ONCE = Set.of("__init__", "__new__", "__enter__",
            "__post_init__", "main", "run", "start", "setup", "setUp", "setUpClass", "open",
            "connect", "serve", "serve_forever", "init", "init_process", "initialize", "startup",
            "start_thread", "_start", "_start_thread", "run_forever", "cli");

    private final CallGraph graph;
    private final Map<Node, @Nullable String> memo = new IdentityHashMap<>();

    Recurrence(CallGraph graph) {
        this.graph = graph;
    }

    /**
     * Why {@code function} runs many times, in words that follow its name ("is called from 3
     * places", "is called by `serve`, which is called in a loop"), or null when it runs once or
     * gilscan cannot tell. Functions no code of the project calls
     * count as running many times when they are methods with no conventional run-once name
     * and {@code uncalledMethodsRecur} is set (a pool's {@code submit} in a public method).
     */
    public @Nullable String why(CallGraph.Function function, boolean uncalledMethodsRecur) {
        return why(function, uncalledMethodsRecur, 0);
    }

    private @Nullable String why(CallGraph.Function function, boolean uncalled, int depth) {
        if (depth > MAX_DEPTH || function.node() instanceof dev.gilscan.analyzer.ast.Mod) {
            return null;
        }
        Node key = function.node();
        if (depth == 0 && !uncalled && memo.containsKey(key)) {
            return memo.get(key);
        }
        String result = null;
        List<CallGraph.Edge> callers = graph.callers(function);
        int calls = 0;
        for (CallGraph.Edge e : callers) {
            if (e.kind() == CallGraph.EdgeKind.REFERENCE && e.caller() != function) {
                result = "is passed as a callback (" + SharedState.where(e.caller().file(),
                        e.site()) + ")";
                break;
            }
            if (e.caller() != function) {
                calls++;
            }
        }
        if (result == null && calls > 1) {
            CallGraph.Edge first = firstCall(callers, function);
            result = "is called from " + calls + " places (first "
                    + SharedState.where(first.caller().file(), first.site()) + ")";
        }
        if (result == null && calls == 1) {
            CallGraph.Edge only = firstCall(callers, function);
            if (SharedState.loop(only.caller().file(), only.site()) != null) {
                result = "is called in a loop ("
                        + SharedState.where(only.caller().file(), only.site()) + ")";
            } else {
                String outer = why(only.caller(), uncalled, depth + 1);
                if (outer != null) {
                    result = "is called by `" + SharedState.shortName(only.caller()) + "`, which "
                            + outer;
                }
            }
        }
        if (result == null && calls == 0 && uncalled && isRecurringMethod(function)) {
            result = "may be called many times from outside the project";
        }
        if (depth == 0 && !uncalled) {
            memo.put(key, result);
        }
        return result;
    }

    private static CallGraph.Edge firstCall(List<CallGraph.Edge> callers,
            CallGraph.Function function) {
        for (CallGraph.Edge e : callers) {
            if (e.kind() == CallGraph.EdgeKind.CALL && e.caller() != function) {
                return e;
            }
        }
        throw new IllegalStateException("no caller");
    }

    private static boolean isRecurringMethod(CallGraph.Function function) {
        String name = function.node() instanceof Stmt.FunctionDef f ? f.name()
                : function.node() instanceof Stmt.AsyncFunctionDef f ? f.name() : null;
        return name != null && function.file().classOfMethod(function.node()) != null
                && !ONCE.contains(name) && !name.startsWith("test")
                && !(name.startsWith("__") && name.endsWith("__"));
    }
}
