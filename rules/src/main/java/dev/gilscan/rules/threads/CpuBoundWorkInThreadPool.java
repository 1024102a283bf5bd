package dev.gilscan.rules.threads;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.concurrency.ThreadDispatches;
import dev.gilscan.analyzer.link.CallGraph;
import dev.gilscan.analyzer.link.Project;
import dev.gilscan.analyzer.model.Definition;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Precision;
import dev.gilscan.analyzer.rule.Report;
import dev.gilscan.analyzer.rule.Rule;
import dev.gilscan.analyzer.rule.RuleContext;
import dev.gilscan.analyzer.rule.Severity;
import dev.gilscan.analyzer.rule.Subscriptions;
import dev.gilscan.rules.workload.Workload;
import java.nio.file.Path;

/** GIL101: CPU-bound pure-Python work handed to threads, which take turns under the GIL. */
@Rule(id = "GIL101", name = "cpu-bound-work-in-thread-pool", severity = Severity.WARNING,
        summary = "CPU-bound pure-Python work dispatched to threads, which the GIL runs one at"
                + " a time",
        tags = {"performance", "threads", "gil"},
        precision = Precision.MEDIUM, since = "0.1.0")
public final class CpuBoundWorkInThreadPool implements Check {
    @Override
    public void subscribe(Subscriptions on) {
        on.node(Expr.Call.class, this::call);
    }

    private void call(Expr.Call call, RuleContext context) {
        if (context.target().freeThreaded()) {
            return;
        }
        SemanticModel file = context.file();
        Project project = context.project();
        ThreadDispatches.Dispatch dispatch = ThreadDispatches.of(file, project, call);
        if (dispatch == null || checksGil(file)) {
            return;
        }
        CallGraph.Function task = task(dispatch, file, project);
        if (task == null || checksGil(task.file())) {
            return;
        }
        Workload.Summary summary = Workload.of(project).summarize(task);
        if (summary.kind() != Workload.Kind.CPU || summary.evidence() == null) {
            return;
        }
        Report report = context.report(call, "`" + file.text(call) + "` runs `"
                + displayName(task, file) + "` on threads, but it is CPU-bound pure Python: "
                + where(summary.evidence(), file) + " holds the GIL, so the threads take turns.");
        for (Workload.Step step : summary.chain()) {
            report.step(step.location(), step.message());
        }
        report.related(summary.evidence().location(), summary.evidence().what()
                + " keeps the GIL");
    }

    private static CallGraph.Function task(ThreadDispatches.Dispatch dispatch,
            SemanticModel file, Project project) {
        CallGraph graph = project.callGraph();
        if (dispatch.task() != null) {
            return graph.resolveCallable(file, dispatch.task());
        }
        Definition cls = ThreadDispatches.threadClass(project, file, dispatch);
        Definition run = cls == null ? null : project.method(cls, "run");
        return run == null ? null : graph.function(run.node());
    }

    /** The evidence as the reader of this file finds it: with the file's name when it is another. */
    private static String where(Workload.Evidence evidence, SemanticModel file) {
        Path there = evidence.location().path();
        return there.equals(file.path()) ? evidence.what()
                : evidence.what() + " of " + there.getFileName();
    }

    /** Code that asks {@code sys._is_gil_enabled()} already adapts to the build it runs on. */
    private static boolean checksGil(SemanticModel file) {
        return file.parse().source().text().contains("_is_gil_enabled");
    }

    /** The task's name as the reader of this file knows it: without the module when it is local. */
    private static String displayName(CallGraph.Function task, SemanticModel file) {
        String name = task.name().replace(".<locals>", "");
        String module = task.file().module().name() + ".";
        return task.file() == file && name.startsWith(module) ? name.substring(module.length())
                : name;
    }
}
