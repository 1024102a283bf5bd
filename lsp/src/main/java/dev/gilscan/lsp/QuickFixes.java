package dev.gilscan.lsp;

import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.rules.fix.NoqaEdit;
import dev.gilscan.rules.fix.TextLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.jspecify.annotations.Nullable;

/**
 * The quick fixes offered on a finding: suppress it with {@code # noqa: GILxxx}, and the rule's
 * own fix when it offers one ({@link Finding#fix()}, the one that {@code gilscan check --fix}
 * applies), preferred when it is safe. Edits are made only when the lines they touch read the
 * same in the current buffer as in the analyzed text, so a fix never lands on lines that moved;
 * line breaks in a fix's text become the buffer's own.
 */
final class QuickFixes {
    private QuickFixes() {}

    /** The fixes for one finding of {@code analysis}, against the buffer's {@code current} text. */
    static List<CodeAction> of(String uri, Finding finding, Workspace.Analysis analysis,
            String current) {
        TextLines before = new TextLines(analysis.text());
        TextLines now = new TextLines(current);
        List<CodeAction> actions = new ArrayList<>();
        Span span = finding.location().span();
        if (!same(before, now, span.line() - 1, span.line() - 1)) {
            return actions;
        }
        String id = finding.rule().id();
        SemanticModel model = analysis.model();
        if (model != null) {
            Finding.Edit noqa = NoqaEdit.of(model.parse(), model.path(), span.line(), List.of(id));
            List<TextEdit> edits = edits(List.of(noqa), before, now);
            if (edits != null) {
                actions.add(action("Suppress with `# noqa: " + id + "`", uri, edits, finding,
                        false));
            }
        }
        Finding.Fix fix = finding.fix();
        List<TextEdit> edits = fix == null ? null : edits(fix.edits(), before, now);
        if (edits != null) {
            actions.add(action(fix.description(), uri, edits, finding,
                    fix.applicability() == Finding.Applicability.SAFE));
        }
        return actions;
    }

    /**
     * The LSP edits, each {@code \n} of their text written as the buffer's line break; null if
     * the lines of one of them changed since the analysis.
     */
    private static @Nullable List<TextEdit> edits(List<Finding.Edit> edits, TextLines before,
            TextLines now) {
        List<TextEdit> out = new ArrayList<>();
        for (Finding.Edit e : edits) {
            Span at = e.location().span();
            if (!same(before, now, at.line() - 1, at.endLine() - 1)) {
                return null;
            }
            out.add(new TextEdit(Diagnostics.range(at), e.text().replace("\n", now.lineBreak())));
        }
        return out;
    }

    private static boolean same(TextLines before, TextLines now, int first, int last) {
        for (int l = first; l <= last; l++) {
            if (l >= before.count() || l >= now.count() || !before.line(l).equals(now.line(l))) {
                return false;
            }
        }
        return true;
    }

    private static CodeAction action(String title, String uri, List<TextEdit> edits,
            Finding finding, boolean preferred) {
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(Diagnostics.finding(finding)));
        action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
        if (preferred) {
            action.setIsPreferred(true);
        }
        return action;
    }
}
