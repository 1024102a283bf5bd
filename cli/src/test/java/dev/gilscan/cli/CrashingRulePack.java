package dev.gilscan.cli;

import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Rule;
import dev.gilscan.analyzer.rule.RulePack;
import dev.gilscan.analyzer.rule.Severity;
import dev.gilscan.analyzer.rule.Subscriptions;
import java.util.List;

/**
 * A third-party rule pack whose one rule throws on every file, to see how the command reports a
 * rule's internal error. It is on the class path of only the code that
 * {@link TestRulePacks#installed} runs.
 */
public final class CrashingRulePack implements RulePack {
    @Override
    public List<Check> rules() {
        return List.of(new Crashes());
    }

    /** Throws on every module. */
    @Rule(id = "TST901", name = "crashes", severity = Severity.ERROR,
            summary = "A rule that fails", since = "0.1.0")
    static final class Crashes implements Check {
        @Override
        public void subscribe(Subscriptions on) {
            on.node(Mod.Module.class, (module, context) -> {
                throw new IllegalStateException("boom");
            });
        }
    }
}
