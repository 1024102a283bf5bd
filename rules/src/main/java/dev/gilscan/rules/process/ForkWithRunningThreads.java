package dev.gilscan.rules.process;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.concurrency.SharedState;
import dev.gilscan.analyzer.concurrency.ThreadsAtFork;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Precision;
import dev.gilscan.analyzer.rule.Report;
import dev.gilscan.analyzer.rule.Rule;
import dev.gilscan.analyzer.rule.RuleContext;
import dev.gilscan.analyzer.rule.Severity;
import dev.gilscan.analyzer.rule.Subscriptions;

/** GIL204: a process forked while other threads of the process may run. */
@Rule(id = "GIL204", name = "fork-with-running-threads", severity = Severity.WARNING,
        summary = "Process forked while other threads may run; the child can deadlock on a lock"
                + " a thread held",
        tags = {"multiprocessing", "threads", "deadlock", "portability"},
        precision = Precision.MEDIUM, since = "0.2.0")
public final class ForkWithRunningThreads implements Check {

    @Override
    public void subscribe(Subscriptions on) {
        on.node(Expr.Call.class, this::call);
    }

    private void call(Expr.Call call, RuleContext context) {
        SemanticModel file = context.file();
        ThreadsAtFork threads = ThreadsAtFork.of(context.project());
        String fork = threads.forkSite(file, call, context.target().minor());
        if (fork == null) {
            return;
        }
        ThreadsAtFork.Running running = threads.runningAt(file, call);
        if (running == null) {
            return;
        }
        boolean osFork = fork.startsWith("`");
        Report report = context.report(call, "`" + file.text(call) + "` forks "
                + (osFork ? "the process" : "to start " + fork) + " while " + running.what()
                + " may still run (started on "
                + SharedState.line(running.file(), running.start(), file)
                + "), so the child can deadlock on a lock that a thread held.");
        for (ThreadsAtFork.Step step : running.steps()) {
            report.step(new Location(step.file().path(), step.at().span()), step.message());
        }
        report.step(new Location(running.file().path(), running.start().span()),
                "the thread starts here");
        for (ThreadsAtFork.Step step : running.then()) {
            report.step(new Location(step.file().path(), step.at().span()), step.message());
        }
        report.step(context.locate(call), "the process forks here");
        report.related(new Location(running.file().path(), running.start().span()),
                "this thread may run while the process forks");
    }
}
