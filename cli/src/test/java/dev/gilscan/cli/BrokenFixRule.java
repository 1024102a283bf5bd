package dev.gilscan.cli;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.Precision;
import dev.gilscan.analyzer.rule.Rule;
import dev.gilscan.analyzer.rule.Severity;
import dev.gilscan.analyzer.rule.Subscriptions;
import java.util.List;

/**
 * A rule that offers a safe fix for each call of {@code fine()} (it becomes {@code ok()}) and a
 * fix that does not parse for each call of {@code broken()} (it becomes {@code broken(}), to see
 * {@code --fix} drop the second kind.
 */
@Rule(id = "TST902", name = "renames", severity = Severity.WARNING,
        summary = "A rule with a fix that breaks the code",
        precision = Precision.HIGH, since = "0.1.0")
final class BrokenFixRule implements Check {
    @Override
    public void subscribe(Subscriptions on) {
        on.node(Expr.Call.class, (call, context) -> {
            String name = context.file().text(call.func());
            if (name.equals("fine") || name.equals("broken")) {
                context.report(call, "`" + name + "()` is called").fix(new Finding.Fix(
                        "Rename it", Finding.Applicability.SAFE, List.of(new Finding.Edit(
                                context.locate(call), name.equals("fine") ? "ok()"
                                        : "broken("))));
            }
        });
    }
}
