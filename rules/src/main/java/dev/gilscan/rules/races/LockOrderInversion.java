package dev.gilscan.rules.races;

import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.concurrency.LockFacts;
import dev.gilscan.analyzer.concurrency.LockOrder;
import dev.gilscan.analyzer.concurrency.SharedState;
import dev.gilscan.analyzer.link.CallGraph;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Precision;
import dev.gilscan.analyzer.rule.Report;
import dev.gilscan.analyzer.rule.Rule;
import dev.gilscan.analyzer.rule.RuleContext;
import dev.gilscan.analyzer.rule.Severity;
import dev.gilscan.analyzer.rule.Subscriptions;

/** GIL304: two locks taken in opposite orders, or a plain lock taken again by its holder. */
@Rule(id = "GIL304", name = "lock-order-inversion", severity = Severity.ERROR,
        summary = "Two locks taken in opposite orders, or a plain lock taken again while held,"
                + " so threads can deadlock",
        tags = {"threads", "locks", "deadlock", "correctness"},
        precision = Precision.MEDIUM, since = "0.2.0")
public final class LockOrderInversion implements Check {

    @Override
    public void subscribe(Subscriptions on) {
        on.node(Mod.Module.class, this::module);
    }

    private void module(Mod.Module module, RuleContext context) {
        for (LockOrder.Problem p : LockOrder.of(context.project()).problemsIn(context.file())) {
            LockOrder.Order o = p.order();
            String inner = "`" + o.inner().lock().shortKey() + "`" + alias(o.inner());
            String outer = "`" + o.outer().lock().shortKey() + "`";
            String how = o.calls().isEmpty() ? "" : ", through " + chain(o);
            Report report;
            if (p.other() == null) {
                report = context.report(o.inner().site(), "Takes " + inner + " again while"
                        + " this thread holds it (taken on " + line(o.outer(), context) + how
                        + "); the lock is not re-entrant, so the thread waits for itself"
                        + " forever.");
                report.related(location(o.outer()), "takes " + outer + " here");
                steps(report, o);
                continue;
            }
            LockOrder.Order other = p.other();
            report = context.report(o.inner().site(), "Takes " + inner + " while holding "
                    + outer + " (taken on " + line(o.outer(), context) + how + "), and "
                    + line(other.inner(), context) + " takes " + outer + " while holding " + inner
                    + (other.calls().isEmpty() ? "" : " (through " + chain(other) + ")")
                    + ", so two threads can deadlock.");
            report.related(location(o.outer()), "takes " + outer + " here, first");
            for (CallGraph.Edge e : o.calls()) {
                report.related(new Location(e.caller().file().path(), e.site().span()),
                        calls(e, outer));
            }
            steps(report, other);
        }
    }

    /** The other path as a code flow: its first acquisition, the calls, its second one. */
    private static void steps(Report report, LockOrder.Order o) {
        String outer = "`" + o.outer().lock().shortKey() + "`";
        String inner = "`" + o.inner().lock().shortKey() + "`";
        report.step(location(o.outer()), "takes " + outer);
        for (CallGraph.Edge e : o.calls()) {
            report.step(new Location(e.caller().file().path(), e.site().span()),
                    calls(e, outer));
        }
        report.step(location(o.inner()), "takes " + inner + " while holding " + outer);
    }

    /** One call of a path, in words: a call, or the call of a callback stored earlier. */
    private static String calls(CallGraph.Edge e, String held) {
        String caller = "`" + SharedState.shortName(e.caller()) + "`";
        String callee = "`" + SharedState.shortName(e.callee()) + "`";
        return e.kind() == CallGraph.EdgeKind.STORED_CALL
                ? caller + " runs " + callee + ", a callback stored earlier, at `"
                        + e.caller().file().text(e.site()) + "` with " + held + " held"
                : caller + " calls " + callee + " with " + held + " held";
    }

    private static String chain(LockOrder.Order o) {
        StringBuilder b = new StringBuilder();
        for (CallGraph.Edge e : o.calls()) {
            b.append(b.length() == 0 ? "`" + SharedState.shortName(e.caller()) + "`" : "")
                    .append(" -> `").append(SharedState.shortName(e.callee())).append("`");
        }
        return b.toString();
    }

    /** {@code " (as `self._ready`)"} when the site names the lock another way (a Condition). */
    private static String alias(LockFacts.Acquire a) {
        String key = a.lock().key();
        String field = key.substring(key.lastIndexOf('.') + 1);
        String text = a.lock().text();
        return text.equals(field) || text.endsWith("." + field) ? ""
                : " (as `" + text + "`, a `Condition` over it)";
    }

    private static Location location(LockFacts.Acquire a) {
        return new Location(a.file().path(), a.site().span());
    }

    private static String line(LockFacts.Acquire a, RuleContext context) {
        return SharedState.line(a.file(), a.site(), context.file());
    }
}
