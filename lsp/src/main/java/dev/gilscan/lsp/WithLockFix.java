package dev.gilscan.lsp;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.semantic.Locks;
import dev.gilscan.analyzer.semantic.SemanticModel;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.jspecify.annotations.Nullable;

/**
 * The GIL303 fix: {@code X.acquire()} and a later {@code X.release()} in the same block become
 * {@code with X:} over the statements in between, indented one level more as
 * {@link Indentation#deeper} does.
 */
final class WithLockFix {
    /** The edit, and the text of the lock it takes with {@code with}. */
    record Edit(String lock, TextEdit edit) {}

    private WithLockFix() {}

    /**
     * The edit for the acquire call at {@code at}; null unless the acquire is a plain
     * {@code X.acquire()} statement, a later statement of its block is exactly
     * {@code X.release()}, no statement in between acquires or releases {@code X} or holds a
     * string spanning lines, and the acquire and release each stand alone on their line (a
     * comment may follow the acquire; it moves to the {@code with} line).
     */
    static @Nullable Edit of(SemanticModel model, Span at, Lines now) {
        Stmt.Expr acquire = statementAt(model, at);
        String lock = acquire == null ? null : receiver(model, acquire, "acquire");
        List<Stmt> block = acquire == null ? null : Locks.blockOf(model.parent(acquire), acquire);
        if (lock == null || block == null) {
            return null;
        }
        int first = indexOf(block, acquire);
        int last = -1;
        for (int i = first + 1; i < block.size() && last < 0; i++) {
            Stmt s = block.get(i);
            if (s instanceof Stmt.Expr e && lock.equals(receiver(model, e, "release"))) {
                last = i;
            } else if (Locks.callsOn(model, s, lock, "acquire")
                    || Locks.callsOn(model, s, lock, "release")
                    || QuickFixes.hasMultilineString(s)) {
                return null;
            }
        }
        if (last <= first + 1 || !alone(block, first, now, true)
                || !alone(block, last, now, false)) {
            return null;
        }
        int acquireLine = acquire.span().line() - 1;
        int releaseLine = block.get(last).span().line() - 1;
        String line = now.line(acquireLine);
        String indent = line.substring(0, acquire.span().utf16Column());
        String text = indent + "with " + lock + ":"
                + line.substring(acquire.span().utf16EndColumn()).stripTrailing()
                + Indentation.deeper(model, now, acquireLine + 1, releaseLine - 1, indent);
        return new Edit(lock, new TextEdit(new Range(new Position(acquireLine, 0),
                new Position(releaseLine, now.line(releaseLine).length())), text));
    }

    /** The expression statement whose call starts at {@code at}. */
    private static Stmt.@Nullable Expr statementAt(SemanticModel model, Span at) {
        for (Stmt.Expr s : Nodes.findAll(model.tree(), Stmt.Expr.class)) {
            Span span = s.value().span();
            if (s.value() instanceof Expr.Call && span.line() == at.line()
                    && span.column() == at.column()) {
                return s;
            }
        }
        return null;
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
    private static boolean alone(List<Stmt> block, int i, Lines now, boolean comment) {
        Span span = block.get(i).span();
        String line = now.line(span.line() - 1);
        if (span.line() != span.endLine() || span.utf16EndColumn() > line.length()) {
            return false;
        }
        String rest = line.substring(span.utf16EndColumn()).strip();
        return line.substring(0, span.utf16Column()).isBlank()
                && (i == 0 || block.get(i - 1).span().endLine() < span.line())
                && (i + 1 == block.size() || block.get(i + 1).span().line() > span.endLine())
                && (rest.isEmpty() || comment && rest.startsWith("#"));
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
