package dev.gilscan.cli;

import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Precision;
import dev.gilscan.analyzer.rule.Rule;
import dev.gilscan.analyzer.rule.Severity;
import dev.gilscan.analyzer.rule.Subscriptions;

/** A rule that throws on every file, to see how the command reports a rule's internal error. */
@Rule(id = "TST901", name = "crashes", severity = Severity.ERROR,
        summary = "A rule that fails", precision = Precision.HIGH, since = "0.1.0")
final class CrashingRule implements Check {
    @Override
    public void subscribe(Subscriptions on) {
        on.node(Mod.Module.class, (module, context) -> {
            throw new IllegalStateException("boom");
        });
    }
}
