package dev.gilscan.rules.races;

import dev.gilscan.analyzer.ast.Located;
import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.concurrency.SharedState;
import dev.gilscan.analyzer.rule.Report;
import dev.gilscan.analyzer.rule.RuleContext;

/**
 * The path a race report shows: from where the task starts on other threads, through each
 * call, to the access (SARIF {@code codeFlows}, the editor's related information).
 */
final class Evidence {
    private Evidence() {}

    /** Adds the thread's path to {@code access} as the report's flow. */
    static Report path(Report report, SharedState.Reach reach, Located access, String what,
            RuleContext context) {
        for (SharedState.Step step : reach.steps()) {
            report.step(new Location(step.file().path(), step.at().span()), step.message());
        }
        return report.step(context.locate(access), what);
    }
}
