package dev.gilscan.rules.process;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.concurrency.ProcessStarts;
import dev.gilscan.analyzer.concurrency.SharedState;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.Precision;
import dev.gilscan.analyzer.rule.Report;
import dev.gilscan.analyzer.rule.Rule;
import dev.gilscan.analyzer.rule.RuleContext;
import dev.gilscan.analyzer.rule.Severity;
import dev.gilscan.analyzer.rule.Subscriptions;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** GIL201: a process pool or process started while the module is imported. */
@Rule(id = "GIL201", name = "process-start-without-main-guard", severity = Severity.ERROR,
        summary = "Process pool or process started at import time, outside an "
                + "`if __name__ == \"__main__\":` guard",
        tags = {"multiprocessing", "portability", "correctness"},
        precision = Precision.HIGH, since = "0.1.0")
public final class ProcessStartWithoutMainGuard implements Check {
    private static final String WHY = " while the module is imported, outside an"
            + " `if __name__ == \"__main__\":` guard, so workers started by spawn or forkserver"
            + " run it again.";

    @Override
    public void subscribe(Subscriptions on) {
        on.node(Mod.Module.class, this::module);
    }

    private void module(Mod.Module module, RuleContext context) {
        SemanticModel file = context.file();
        ProcessStarts starts = ProcessStarts.of(context.project());
        Set<Stmt> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Expr.Call call : file.calls()) {
            Stmt statement = file.statementOf(call);
            if (statement == null || !file.execution().runsAtImport(statement)
                    || file.enclosingFunction(call) != null || reported.contains(statement)) {
                continue;
            }
            ProcessStarts.Start direct = starts.direct(file, call);
            if (direct != null) {
                reported.add(statement);
                withFix(context.report(call, "`" + file.text(call) + "` starts " + direct.what()
                        + WHY), file, call);
                continue;
            }
            ProcessStarts.Chain chain = starts.throughCall(file, call);
            if (chain != null) {
                reported.add(statement);
                ProcessStarts.Start start = chain.start();
                Report report = context.report(call, "`" + file.text(call) + "` starts "
                        + start.what() + " (`" + start.file().text(start.call()) + "` in `"
                        + chain.last().name() + "` on "
                        + SharedState.line(start.file(), start.call(), file) + ")" + WHY);
                for (ProcessStarts.Step step : chain.steps()) {
                    report.step(step.location(), step.message());
                }
                report.related(chain.start().location(), "the processes start here");
                withFix(report, file, call);
            }
        }
    }

    private static void withFix(Report report, SemanticModel file, Expr.Call call) {
        Finding.Fix fix = MainGuardFix.of(file, call.span().line());
        if (fix != null) {
            report.fix(fix);
        }
    }
}
