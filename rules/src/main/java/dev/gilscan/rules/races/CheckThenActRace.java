package dev.gilscan.rules.races;

import dev.gilscan.analyzer.ast.CmpOperator;
import dev.gilscan.analyzer.ast.ConstantValue;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.ast.UnaryOperator;
import dev.gilscan.analyzer.concurrency.GuardedFields;
import dev.gilscan.analyzer.concurrency.Locks;
import dev.gilscan.analyzer.concurrency.SharedState;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Precision;
import dev.gilscan.analyzer.rule.Report;
import dev.gilscan.analyzer.rule.Rule;
import dev.gilscan.analyzer.rule.RuleContext;
import dev.gilscan.analyzer.rule.Severity;
import dev.gilscan.analyzer.rule.Subscriptions;
import org.jspecify.annotations.Nullable;

/** GIL302: {@code if k not in d: d[k] = ...} on state that threads share, with no lock held. */
@Rule(id = "GIL302", name = "check-then-act-race", severity = Severity.WARNING,
        summary = "Check-then-act on state shared by concurrent threads with no lock held",
        tags = {"threads", "race", "correctness", "free-threading"},
        precision = Precision.MEDIUM, since = "0.1.0")
public final class CheckThenActRace implements Check {

    @Override
    public void subscribe(Subscriptions on) {
        on.node(Stmt.If.class, this::check);
    }

    private void check(Stmt.If check, RuleContext context) {
        SemanticModel file = context.file();
        SharedState.Reach reach = SharedState.of(context.project())
                .reach(file.enclosingFunction(check));
        Expr checked = checked(check.test());
        if (checked == null || Locks.heldAt(file, check)) {
            return;
        }
        Expr act = act(file, check, checked);
        if (reach == null) {
            guarded(check, act, context);
            return;
        }
        String what = act == null || SharedState.shared(file, act, reach) == null ? null
                : SharedState.shared(file, checked, reach);
        if (what == null) {
            return;
        }
        SharedState.Entry entry = reach.entry();
        String task = SharedState.shortName(entry.task());
        Report report = context.report(check.test(), "`" + file.text(check.test()) + "` checks "
                + what
                + " and line " + act.span().line() + " acts on the answer with no lock held,"
                + " on several threads at once: reported because " + entry.reason() + ".")
                .related(act, "acts on the result of the check")
                .related(new Location(entry.siteFile().path(), entry.site().span()),
                        "`" + task + "` starts on several threads here");
        Evidence.path(report, reach, check.test(), "checks it here, with no lock held", context);
    }

    /** A check-then-act on a field that the class writes under a lock elsewhere. */
    private static void guarded(Stmt.If check, @Nullable Expr act, RuleContext context) {
        SemanticModel file = context.file();
        Stmt write = act == null ? null : file.statementOf(act);
        if (write == null) {
            return;
        }
        for (GuardedFields.Guarded g : GuardedFields.of(context.project(), file)
                .racesWith(write, act)) {
            Stmt.ClassDef owner = file.enclosingClass(check);
            context.report(check.test(), "`" + file.text(check.test()) + "` checks `"
                    + file.text(act) + "` and line " + act.span().line() + " acts on the answer"
                    + " with no lock held, while `" + g.method() + "` writes `self." + g.field()
                    + "` under `" + g.lock() + "` on line " + g.write().span().line() + ":"
                    + " reported because `" + (owner == null ? "?" : owner.name()) + "` guards"
                    + " it with that lock.")
                    .related(act, "acts on the result of the check")
                    .related(g.write(), "written under `" + g.lock() + "` here");
            return;
        }
    }

    /**
     * What the test checks: {@code d} in {@code k not in d}, {@code x} in {@code x is None},
     * {@code x == None} or {@code not x}.
     */
    private static @Nullable Expr checked(Expr test) {
        if (test instanceof Expr.Compare c && c.ops().size() == 1) {
            CmpOperator op = c.ops().get(0);
            Expr right = c.comparators().get(0);
            if (op == CmpOperator.NotIn) {
                return right;
            }
            if ((op == CmpOperator.Is || op == CmpOperator.Eq) && right instanceof Expr.Constant k
                    && k.value() instanceof ConstantValue.None) {
                return c.left();
            }
        }
        if (test instanceof Expr.UnaryOp u && u.op() == UnaryOperator.Not
                && (u.operand() instanceof Expr.Name || u.operand() instanceof Expr.Attribute)) {
            return u.operand();
        }
        return null;
    }

    /**
     * The first write in the body that acts on the check, with no lock taken for it:
     * {@code d[...] = } after {@code not in d}, {@code x = } after {@code x is None}.
     */
    private static @Nullable Expr act(SemanticModel file, Stmt.If check, Expr checked) {
        String name = file.text(checked);
        boolean container = check.test() instanceof Expr.Compare c
                && c.ops().get(0) == CmpOperator.NotIn;
        for (Stmt s : check.body()) {
            for (Stmt.Assign assign : Nodes.findAll(s, Stmt.Assign.class)) {
                if (file.enclosingFunction(assign) != file.enclosingFunction(check)
                        || Locks.heldAt(file, assign)) {
                    continue;
                }
                for (Expr target : assign.targets()) {
                    Expr written = container && target instanceof Expr.Subscript sub
                            ? sub.value() : target;
                    if ((container == target instanceof Expr.Subscript)
                            && file.text(written).equals(name)) {
                        return target;
                    }
                }
            }
        }
        return null;
    }
}
