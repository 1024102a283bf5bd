package dev.gilscan.rules.races;

import dev.gilscan.analyzer.ast.ExceptHandler;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Located;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.concurrency.Locks;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.Precision;
import dev.gilscan.analyzer.rule.Report;
import dev.gilscan.analyzer.rule.Rule;
import dev.gilscan.analyzer.rule.RuleContext;
import dev.gilscan.analyzer.rule.Severity;
import dev.gilscan.analyzer.rule.Subscriptions;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** GIL303: {@code lock.acquire()} whose {@code release()} an exception skips. */
@Rule(id = "GIL303", name = "lock-acquire-without-release-on-error", severity = Severity.WARNING,
        summary = "`lock.acquire()` released outside `finally`, so an exception leaves the lock"
                + " held",
        tags = {"threads", "locks", "correctness"},
        precision = Precision.HIGH, since = "0.1.0")
public final class LockAcquireWithoutReleaseOnError implements Check {

    @Override
    public void subscribe(Subscriptions on) {
        on.node(Expr.Call.class, this::call);
    }

    private void call(Expr.Call call, RuleContext context) {
        SemanticModel file = context.file();
        Expr lock = Locks.lockCall(file, call, "acquire");
        Stmt statement = file.statementOf(call);
        if (lock == null || statement == null) {
            return;
        }
        String name = file.text(lock);
        Expr.Call release = firstReleaseAfter(file, call, name);
        if (release == null || releasedOnError(file, statement, name)
                || !mayRaiseBetween(file, call, release) || signals(file, call, release, name)) {
            return;
        }
        Report report = context.report(call, "`" + file.text(call) + "` is undone by `"
                + file.text(release) + "` on line " + release.span().line() + ", outside a"
                + " `finally`, so an exception in between leaves `" + name + "` held.")
                .related(release, "runs only when nothing above it raises");
        Finding.Fix fix = WithLockFix.of(file, statement);
        if (fix != null) {
            report.fix(fix);
        }
    }

    /**
     * The first {@code release()} of the same lock after the acquire in the same function, when
     * no release of it there is in a {@code finally} or {@code except} block; null otherwise.
     */
    private static Expr.@Nullable Call firstReleaseAfter(SemanticModel file, Expr.Call acquire,
            String name) {
        Node function = file.enclosingFunction(acquire);
        Node scope = function == null ? file.tree() : function;
        Expr.Call first = null;
        for (Expr.Call c : Nodes.findAll(scope, Expr.Call.class)) {
            Expr lock = Locks.lockCall(file, c, "release");
            if (lock == null || !file.text(lock).equals(name)
                    || file.enclosingFunction(c) != function || !after(c, acquire)) {
                continue;
            }
            if (inFinallyOrHandler(file, c)) {
                return null;
            }
            if (first == null || after(first, c)) {
                first = c;
            }
        }
        return first;
    }

    /**
     * True if the lock is used as a signal rather than around a critical section: between the
     * acquire and the release it is handed to other code (a thread's {@code args}, a call), the
     * process forks while holding it (to keep the child waiting), or a test asks it about its
     * state ({@code lock.locked()}, an {@code assert} naming it).
     */
    private static boolean signals(SemanticModel file, Expr.Call acquire, Expr.Call release,
            String name) {
        Node function = file.enclosingFunction(release);
        Node scope = function == null ? file.tree() : function;
        return Nodes.walk(scope).anyMatch(n -> n instanceof Located l
                && startsAfterEnd(l.span(), acquire.span())
                && startsAfterEnd(release.span(), l.span())
                && (n instanceof Expr.Call c && (handsOn(file, c, name)
                        || "os.fork".equals(file.qualifiedName(c.func()))
                        || c.func() instanceof Expr.Attribute a && a.attr().equals("locked")
                                && file.text(a.value()).equals(name))
                        || n instanceof Stmt.Assert s && file.text(s.test()).contains(name)));
    }

    private static boolean handsOn(SemanticModel file, Expr.Call call, String name) {
        for (Expr arg : call.args()) {
            if (file.text(arg).equals(name) || arg instanceof Expr.Tuple t
                    && t.elts().stream().anyMatch(e -> file.text(e).equals(name))) {
                return true;
            }
        }
        for (dev.gilscan.analyzer.ast.Keyword k : call.keywords()) {
            if (file.text(k.value()).equals(name) || k.value() instanceof Expr.Tuple t
                    && t.elts().stream().anyMatch(e -> file.text(e).equals(name))) {
                return true;
            }
        }
        return false;
    }

    /** True if code between the acquire and the release can raise: a call, a subscript, a raise. */
    private static boolean mayRaiseBetween(SemanticModel file, Expr.Call acquire, Expr.Call release) {
        Node function = file.enclosingFunction(release);
        Node scope = function == null ? file.tree() : function;
        return Nodes.walk(scope).anyMatch(n -> (n instanceof Expr.Call || n instanceof Expr.Subscript
                || n instanceof Expr.Await || n instanceof Stmt.Raise || n instanceof Stmt.Assert
                || n instanceof Expr.Yield || n instanceof Expr.YieldFrom)
                && startsAfterEnd(((Located) n).span(), acquire.span())
                && startsAfterEnd(release.span(), ((Located) n).span()));
    }

    private static boolean startsAfterEnd(Span later, Span earlier) {
        return later.line() > earlier.endLine()
                || (later.line() == earlier.endLine() && later.column() >= earlier.endColumn());
    }

    private static boolean after(Expr a, Expr b) {
        return a.span().line() > b.span().line()
                || (a.span().line() == b.span().line() && a.span().column() > b.span().column());
    }

    private static boolean inFinallyOrHandler(SemanticModel file, Node node) {
        Node n = node;
        for (Node p = file.parent(n); p != null; n = p, p = file.parent(p)) {
            if (p instanceof ExceptHandler
                    || (p instanceof Stmt.Try t && Locks.holds(t.finalbody(), n))
                    || (p instanceof Stmt.TryStar t && Locks.holds(t.finalbody(), n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if a {@code try} releases the lock on error: one the acquire is in, the statement
     * right after the acquire, or the first statement of {@code if lock.acquire(...):}.
     */
    private static boolean releasedOnError(SemanticModel file, Stmt statement, String name) {
        if (statement instanceof Stmt.If i && !i.body().isEmpty()
                && releases(file, i.body().get(0), name)) {
            return true;
        }
        List<Stmt> block = Nodes.blockOf(file.parent(statement), statement);
        if (block != null) {
            int at = indexOf(block, statement);
            if (at + 1 < block.size() && releases(file, block.get(at + 1), name)) {
                return true;
            }
        }
        Node n = statement;
        for (Node p = file.parent(n); p != null; n = p, p = file.parent(p)) {
            if (p instanceof Stmt.Try t && Locks.holds(t.body(), n) && releases(file, t, name)) {
                return true;
            }
        }
        return false;
    }

    /** A {@code try} whose {@code finally} or an {@code except} handler releases the lock. */
    private static boolean releases(SemanticModel file, Stmt s, String name) {
        if (!(s instanceof Stmt.Try t)) {
            return false;
        }
        for (Stmt f : t.finalbody()) {
            if (Locks.callsOn(file, f, name, "release")) {
                return true;
            }
        }
        for (ExceptHandler h : t.handlers()) {
            if (Locks.callsOn(file, h, name, "release")) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(List<Stmt> block, Stmt statement) {
        for (int i = 0; i < block.size(); i++) {
            if (block.get(i) == statement) {
                return i;
            }
        }
        return -1;
    }
}
