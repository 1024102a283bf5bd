package dev.gilscan.rules.races;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.concurrency.Locks;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.parser.SourceText;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.rules.fix.Indentation;
import dev.gilscan.rules.fix.SourceEdits;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * GIL303's fix: {@code X.acquire()} and a later {@code X.release()} in the same block become
 * {@code with X:} over the statements in between, indented one level more as
 * {@link Indentation#deeper} does. Safe: the lock is held over the same statements, and released
 * as well when one of them raises, which is the bug fixed.
 */
final class WithLockFix {
    private WithLockFix() {}

    /**
     * The fix for the acquire {@code statement}; null unless it is a plain {@code X.acquire()}
     * statement, a later statement of its block is exactly {@code X.release()}, no statement in
     * between acquires or releases {@code X} or holds a string spanning lines, and the acquire
     * and release each stand alone on their line (a comment may follow the acquire; it moves to
     * the {@code with} line).
     */
    static Finding.@Nullable Fix of(SemanticModel model, Stmt statement) {
        String lock = statement instanceof Stmt.Expr e ? receiver(model, e, "acquire") : null;
        List<Stmt> block = lock == null ? null : Nodes.blockOf(model.parent(statement), statement);
        if (lock == null || block == null) {
            return null;
        }
        int first = block.indexOf(statement);
        int last = -1;
        for (int i = first + 1; i < block.size() && last < 0; i++) {
            Stmt s = block.get(i);
            if (s instanceof Stmt.Expr e && lock.equals(receiver(model, e, "release"))) {
                last = i;
            } else if (Locks.callsOn(model, s, lock, "acquire")
                    || Locks.callsOn(model, s, lock, "release")
                    || Indentation.changesAString(s)) {
                return null;
            }
        }
        SourceText source = model.parse().source();
        if (first < 0 || last <= first + 1 || !alone(block, first, source, true)
                || !alone(block, last, source, false)) {
            return null;
        }
        Span acquire = statement.span();
        int releaseLine = block.get(last).span().line();
        String line = source.lineText(acquire.line());
        String indent = line.substring(0, acquire.utf16Column());
        String text = indent + "with " + lock + ":"
                + line.substring(acquire.utf16EndColumn()).stripTrailing()
                + Indentation.deeper(model, acquire.line() + 1, releaseLine - 1, indent);
        return new Finding.Fix("Use `with " + lock + ":`", Finding.Applicability.SAFE,
                List.of(SourceEdits.replaceLines(model, acquire.line(), releaseLine, text)));
    }

    /** The text of {@code X} when the statement is exactly {@code X.method()}; null otherwise. */
    private static @Nullable String receiver(SemanticModel model, Stmt.Expr statement,
            String method) {
        if (statement.value() instanceof Expr.Call call && call.args().isEmpty()
                && call.keywords().isEmpty() && call.func() instanceof Expr.Attribute a
                && a.attr().equals(method)) {
            return model.text(a.value());
        }
        return null;
    }

    /**
     * True if statement {@code i} of the block fits on one line that holds nothing else but
     * indentation and, when {@code comment} allows it, a trailing comment.
     */
    private static boolean alone(List<Stmt> block, int i, SourceText source, boolean comment) {
        Span span = block.get(i).span();
        String line = source.lineText(span.line());
        if (span.line() != span.endLine() || span.utf16EndColumn() > line.length()) {
            return false;
        }
        String rest = line.substring(span.utf16EndColumn()).strip();
        return line.substring(0, span.utf16Column()).isBlank()
                && (i == 0 || block.get(i - 1).span().endLine() < span.line())
                && (i + 1 == block.size() || block.get(i + 1).span().line() > span.endLine())
                && (rest.isEmpty() || comment && rest.startsWith("#"));
    }
}
