package dev.gilscan.rules.process;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.concurrency.Concurrency;
import dev.gilscan.analyzer.concurrency.Picklability;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.model.Values;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Precision;
import dev.gilscan.analyzer.rule.Rule;
import dev.gilscan.analyzer.rule.RuleContext;
import dev.gilscan.analyzer.rule.Severity;
import dev.gilscan.analyzer.rule.Subscriptions;
import org.jspecify.annotations.Nullable;

/** GIL202: a lambda, nested function or local class sent to a process pool or process. */
@Rule(id = "GIL202", name = "unpicklable-callable-to-process-pool", severity = Severity.ERROR,
        summary = "Task sent to a process pool or process cannot be pickled",
        tags = {"multiprocessing", "pickle", "correctness"},
        precision = Precision.HIGH, since = "0.1.0")
public final class UnpicklableCallableToProcessPool implements Check {

    @Override
    public void subscribe(Subscriptions on) {
        on.node(Expr.Call.class, this::call);
    }

    private void call(Expr.Call call, RuleContext context) {
        SemanticModel file = context.file();
        String receiver = null;
        Expr task = null;
        if (call.func() instanceof Expr.Attribute a
                && Concurrency.POOL_TASK_METHODS.contains(a.attr())
                && file.values().valueOf(a.value()) instanceof Values.Value.CallResult r
                && Concurrency.isPool(r.callee())) {
            receiver = shortName(r.callee()) + "." + a.attr();
            task = call.args().isEmpty() ? Nodes.keyword(call, "fn", "func") : call.args().get(0);
        } else {
            String factory = Concurrency.processFactory(file, call);
            if (Concurrency.isPool(factory)) {
                receiver = shortName(factory) + "(initializer=...)";
                task = Nodes.keyword(call, "initializer");
            } else if (factory != null && Concurrency.PROCESSES.contains(factory)
                    && !"fork".equals(Concurrency.startMethod(context.project(), file, call))
                    && isStarted(file, call)) {
                // A Process pickles its target only when it starts, and not under fork.
                receiver = shortName(factory) + "(target=...)";
                task = Nodes.keyword(call, "target");
                if (task == null && call.args().size() > 1) {
                    task = call.args().get(1);
                }
            }
        }
        if (task == null) {
            return;
        }
        Picklability.Reason reason = Picklability.whyUnpicklable(file, task);
        if (reason != null) {
            boolean elsewhere = !reason.definition().span().equals(task.span());
            var report = context.report(task, reason.description() + " passed to `" + receiver
                    + "` cannot be pickled" + (elsewhere ? " (defined on line "
                            + reason.definition().span().line() + ")" : "")
                    + ": pickle stores functions and classes by module-level name, and this one"
                    + " has none.");
            if (elsewhere) {
                report.related(reason.definition(), reason.note());
            }
        }
    }

    /**
     * False only when the process is plainly never started: assigned to a local name whose
     * {@code start()} is never called in the same function. Anything else (started at once, kept
     * in an attribute or a list) counts as started.
     */
    private static boolean isStarted(SemanticModel file, Expr.Call creation) {
        if (!(file.parent(creation) instanceof Stmt.Assign assign) || assign.targets().size() != 1
                || !(assign.targets().get(0) instanceof Expr.Name name)) {
            return true;
        }
        Node scope = file.enclosingFunction(creation);
        for (Expr.Call call : scope == null ? file.calls() : Nodes.findAll(scope, Expr.Call.class)) {
            if (call.func() instanceof Expr.Attribute a && a.attr().equals("start")
                    && a.value() instanceof Expr.Name n && n.id().equals(name.id())) {
                return true;
            }
        }
        return false;
    }

    private static String shortName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
