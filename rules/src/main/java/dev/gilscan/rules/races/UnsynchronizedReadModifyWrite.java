package dev.gilscan.rules.races;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Stmt;
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
import java.util.List;

/** GIL301: {@code x += 1} on state that threads share, with no lock held. */
@Rule(id = "GIL301", name = "unsynchronized-read-modify-write", severity = Severity.WARNING,
        summary = "Read-modify-write of state shared by concurrent threads with no lock held",
        tags = {"threads", "race", "correctness", "free-threading"},
        precision = Precision.MEDIUM, since = "0.1.0")
public final class UnsynchronizedReadModifyWrite implements Check {

    @Override
    public void subscribe(Subscriptions on) {
        on.node(Stmt.AugAssign.class, (s, context) -> check(s, s.target(), context));
        on.node(Stmt.Assign.class, (s, context) -> {
            if (s.targets().size() != 1) {
                return;
            }
            if (reads(context.file(), s.value(), s.targets().get(0))) {
                check(s, s.targets().get(0), context);
            } else {
                guarded(s, s.targets().get(0), false, context);
            }
        });
    }

    private void check(Stmt statement, Expr target, RuleContext context) {
        SemanticModel file = context.file();
        SharedState state = SharedState.of(context.project());
        SharedState.Reach reach = state.reach(file.enclosingFunction(statement));
        List<String> held = Locks.heldLocks(file, statement);
        String what = reach == null ? null : SharedState.shared(file, target, reach);
        String ownLock = what != null && what.startsWith("module global")
                ? SharedState.instanceLock(file, statement, held, reach) : null;
        if (!held.isEmpty() && ownLock == null) {
            return;
        }
        if (what == null) {
            SharedState.Overlap overlap = reach == null ? state.overlap(file, statement, target)
                    : null;
            if (overlap != null) {
                reportOverlap(statement, target, overlap, context);
            } else {
                guarded(statement, target, true, context);
            }
            return;
        }
        SharedState.Entry entry = reach.entry();
        String task = SharedState.shortName(entry.task());
        String lockNote = ownLock == null ? "with no lock held" : "holding only `" + ownLock
                + "`, a lock of each thread's own object,";
        Report report = context.report(statement, "`" + file.text(statement)
                + "` reads and writes " + what + " " + lockNote + " on several threads at once:"
                + " reported because " + entry.reason() + ".")
                .related(new Location(entry.siteFile().path(), entry.site().span()),
                        "`" + task + "` starts on several threads here");
        Evidence.path(report, reach, statement, "reads and writes it here, with no lock held",
                context);
    }

    /**
     * A write of a field that the class writes under a lock elsewhere (RacerD's classes that
     * lock): a read-modify-write against any locked write, or a plain write against a locked
     * read-modify-write, whose update it can undo.
     */
    private void guarded(Stmt statement, Expr target, boolean readModifyWrite,
            RuleContext context) {
        SemanticModel file = context.file();
        if (Locks.heldAt(file, statement)) {
            return;
        }
        for (GuardedFields.Guarded g : GuardedFields.of(context.project(), file)
                .racesWith(statement, target)) {
            if (!readModifyWrite && !g.readModifyWrite()) {
                continue;
            }
            Stmt.ClassDef owner = file.enclosingClass(statement);
            String cls = owner == null ? "?" : owner.name();
            context.report(statement, "`" + file.text(statement) + "` "
                    + (readModifyWrite ? "reads and writes" : "writes") + " `"
                    + file.text(target) + "` with no lock held, while `" + g.method() + "` "
                    + (g.readModifyWrite() ? "updates" : "writes") + " it under `" + g.lock()
                    + "` on line " + g.write().span().line()
                    + (readModifyWrite ? "" : ", and this write can land inside that update")
                    + ": reported because `" + cls + "` guards `self." + g.field()
                    + "` with that lock.")
                    .related(g.write(), "written under `" + g.lock() + "` here");
            return;
        }
    }

    private void reportOverlap(Stmt statement, Expr target, SharedState.Overlap overlap,
            RuleContext context) {
        SemanticModel file = context.file();
        String what = SharedState.shared(file, target, overlap.reach());
        String dispatcher = "`" + overlap.dispatcher() + "`";
        context.report(statement, "`" + file.text(statement) + "` reads and writes " + what
                + " with no lock held while " + dispatcher + " updates it: reported because "
                + overlap.reason() + ".")
                .related(new Location(overlap.file().path(), overlap.access().span()),
                        dispatcher + " updates it here while `"
                        + SharedState.shortName(overlap.reach().entry().task()) + "` runs");
    }

    /**
     * True if {@code value} reads what {@code target} writes: {@code x = x + 1},
     * {@code d[k] = d.get(k, 0) + 1}.
     */
    static boolean reads(SemanticModel file, Expr value, Expr target) {
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute
                || target instanceof Expr.Subscript)) {
            return false;
        }
        String written = file.text(target);
        for (Expr e : Nodes.findAll(value, Expr.class)) {
            if (e.getClass() == target.getClass() && file.text(e).equals(written)) {
                return true;
            }
            if (target instanceof Expr.Subscript s && e instanceof Expr.Call c
                    && c.func() instanceof Expr.Attribute get && get.attr().equals("get")
                    && !c.args().isEmpty() && file.text(get.value()).equals(file.text(s.value()))
                    && file.text(c.args().get(0)).equals(file.text(s.slice()))) {
                return true;
            }
        }
        return false;
    }
}
