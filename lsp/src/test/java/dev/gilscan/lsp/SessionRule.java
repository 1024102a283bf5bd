package dev.gilscan.lsp;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Precision;
import dev.gilscan.analyzer.rule.Rule;
import dev.gilscan.analyzer.rule.Severity;
import dev.gilscan.analyzer.rule.Subscriptions;

/**
 * A rule that flags each call of {@code mark()} with the number of the session that analyzed
 * it ({@link #session}, set by the test), so that findings read from the cache, which an earlier
 * session stored, tell themselves from those of an analysis.
 */
@Rule(id = "TST801", name = "marks-with-session", severity = Severity.WARNING,
        summary = "A rule whose message names the session that ran it",
        precision = Precision.HIGH, since = "0.1.0")
public final class SessionRule implements Check {
    /** The session analyzing now. */
    public static volatile int session;

    @Override
    public void subscribe(Subscriptions on) {
        on.node(Expr.Call.class, (call, context) -> {
            if (context.file().text(call.func()).equals("mark")) {
                context.report(call, "`mark()` seen by session " + session);
            }
        });
    }
}
