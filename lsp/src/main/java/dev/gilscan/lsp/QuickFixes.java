package dev.gilscan.lsp;

import dev.gilscan.analyzer.ast.Alias;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.engine.Noqa;
import dev.gilscan.analyzer.parser.Comment;
import dev.gilscan.analyzer.parser.ParseResult;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.semantic.SemanticModel;
import dev.gilscan.analyzer.semantic.scope.Binding;
import dev.gilscan.analyzer.semantic.scope.BindingKind;
import dev.gilscan.analyzer.semantic.scope.Symbol;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.jspecify.annotations.Nullable;

/**
 * The quick fixes offered on a finding: suppress it with {@code # noqa: GILxxx}, the rule's own
 * fix when it has one, for GIL201 moving the statement under a main guard, and for GIL303
 * turning {@code acquire()}/{@code release()} into {@code with lock:}. Edits are made
 * only when the finding's lines read the same in the current buffer as in the analyzed text,
 * so a fix never lands on lines that moved.
 */
final class QuickFixes {
    static final String MAIN_GUARD = "if __name__ == \"__main__\":";

    private QuickFixes() {}

    /** The fixes for one finding of {@code analysis}, against the buffer's {@code current} text. */
    static List<CodeAction> of(String uri, Finding finding, Workspace.Analysis analysis,
            String current) {
        Lines before = new Lines(analysis.text());
        Lines now = new Lines(current);
        List<CodeAction> actions = new ArrayList<>();
        Span span = finding.location().span();
        if (!same(before, now, span.line() - 1, span.line() - 1)) {
            return actions;
        }
        String id = finding.rule().id();
        SemanticModel model = analysis.model();
        if (model != null) {
            TextEdit noqa = noqa(model.parse(), span.line(), now, id);
            if (same(before, now, span.line() - 1, noqa.getRange().getEnd().getLine())) {
                actions.add(action("Suppress with `# noqa: " + id + "`", uri, List.of(noqa),
                        finding, false));
            }
        }
        Finding.Fix fix = finding.fix();
        if (fix != null) {
            List<TextEdit> edits = new ArrayList<>();
            boolean unchanged = true;
            for (Finding.Edit e : fix.edits()) {
                Span at = e.location().span();
                unchanged &= same(before, now, at.line() - 1, at.endLine() - 1);
                edits.add(new TextEdit(Diagnostics.range(at), e.text()));
            }
            if (unchanged) {
                actions.add(action(fix.description(), uri, edits, finding, true));
            }
        }
        if (id.equals("GIL201") && model != null) {
            TextEdit guard = mainGuard(model, span.line(), now);
            if (guard != null && same(before, now, guard.getRange().getStart().getLine(),
                    guard.getRange().getEnd().getLine())) {
                actions.add(action("Wrap the module-level code in `" + MAIN_GUARD + "`", uri,
                        List.of(guard), finding, true));
            }
        }
        if (id.equals("GIL303") && model != null) {
            WithLockFix.Edit with = WithLockFix.of(model, span, now);
            if (with != null && same(before, now, with.edit().getRange().getStart().getLine(),
                    with.edit().getRange().getEnd().getLine())) {
                actions.add(action("Use `with " + with.lock() + ":`", uri, List.of(with.edit()),
                        finding, true));
            }
        }
        return actions;
    }

    /**
     * The edit that suppresses {@code id} for a finding reported on {@code line} (1-based), on the
     * line whose comment the engine reads for it ({@link Noqa#commentLine}: the line itself, or
     * the last line of a string spanning lines or of lines continued with a backslash): the code
     * added to the {@code # noqa: ...} list of that line's comment, or {@code  # noqa: ID}
     * appended to the line. Only real comments count, as for the engine, not a {@code # noqa}
     * inside a string.
     */
    static TextEdit noqa(ParseResult parse, int line, Lines now, String id) {
        int target = Noqa.of(parse).commentLine(line);
        for (Comment comment : parse.comments()) {
            int codesEnd = comment.line() == target ? Noqa.codesEnd(comment.text()) : -1;
            if (codesEnd >= 0) {
                Position end = new Position(target - 1, comment.column() + codesEnd);
                return new TextEdit(new Range(end, end), ", " + id);
            }
        }
        String text = now.line(target - 1);
        return new TextEdit(new Range(new Position(target - 1, stripTrailing(text).length()),
                new Position(target - 1, text.length())), "  # noqa: " + id);
    }

    /**
     * The edit that moves the module-level statement holding {@code line}, and the script code
     * after it up to the next definition or import, under a new {@code if __name__ ==
     * "__main__":}, indented as {@link Indentation#deeper} does. Definitions stay at module
     * level, where worker processes look them up.
     * Null when the change is not mechanical: a statement shares its lines with another, holds a
     * string spanning lines (whose text indenting would change), or when workers could miss
     * something the guard hides from them (see {@link #guardedBindings}): code left at module
     * level, before or after the guard, in function and class bodies too, uses a name that the
     * guarded code binds, or the guarded code defines a function or class or imports {@code *}.
     */
    static @Nullable TextEdit mainGuard(SemanticModel model, int line, Lines now) {
        List<Stmt> body = model.tree().body();
        int first = 0;
        while (first < body.size() && line > body.get(first).span().endLine()) {
            first++;
        }
        if (first == body.size() || line < body.get(first).span().line()
                || staysAtModuleLevel(body.get(first))) {
            // A pool started in a class body: the class must stay where workers find it.
            return null;
        }
        int last = first;
        while (last + 1 < body.size() && !staysAtModuleLevel(body.get(last + 1))) {
            last++;
        }
        if (body.get(first).span().column() != 0
                || first > 0 && body.get(first - 1).span().endLine() >= body.get(first).span().line()
                || last + 1 < body.size()
                        && body.get(last + 1).span().line() <= body.get(last).span().endLine()) {
            return null;
        }
        List<Stmt> guarded = body.subList(first, last + 1);
        for (Stmt statement : guarded) {
            if (hasMultilineString(statement)) {
                return null;
            }
        }
        Set<String> bound = guardedBindings(model, guarded);
        if (bound == null) {
            return null;
        }
        for (int i = 0; i < body.size(); i++) {
            if (i < first || i > last) {
                for (Expr.Name name : Nodes.findAll(body.get(i), Expr.Name.class)) {
                    if (bound.contains(name.id())) {
                        return null;
                    }
                }
            }
        }
        int from = body.get(first).span().line() - 1;
        int to = body.get(last).span().endLine() - 1;
        return new TextEdit(new Range(new Position(from, 0),
                new Position(to, now.line(to).length())),
                MAIN_GUARD + Indentation.deeper(model, now, from, to, ""));
    }

    /**
     * The module-level names that {@code guarded}, consecutive statements of the module, bind, in
     * any form the module's symbol table records: assignment, {@code del}, import (its
     * {@code as} name, or {@code a} for {@code import a.b}), {@code except ... as},
     * {@code with ... as}, loop, walrus (in a comprehension too), match capture. The targets of
     * comprehensions, local to them, do not count. Null when the guard would hide a definition
     * from the workers: a {@code def}, {@code class} or {@code type} nested in the guarded code,
     * whose function or class workers look up by name when they unpickle a task, or an
     * {@code import *}, whose names are unknown.
     */
    private static @Nullable Set<String> guardedBindings(SemanticModel model,
            List<Stmt> guarded) {
        int from = guarded.get(0).span().line();
        int to = guarded.get(guarded.size() - 1).span().endLine();
        for (Stmt statement : guarded) {
            for (Alias alias : Nodes.findAll(statement, Alias.class)) {
                if (alias.name().equals("*")) {
                    return null;
                }
            }
        }
        Set<String> bound = new HashSet<>();
        for (Symbol symbol : model.symbols().module().symbols().values()) {
            for (Binding binding : symbol.bindings()) {
                int at = binding.span().line();
                if (at < from || at > to || binding.kind() == BindingKind.COMPREHENSION_TARGET) {
                    continue;
                }
                if (binding.kind() == BindingKind.FUNCTION || binding.kind() == BindingKind.CLASS
                        || binding.kind() == BindingKind.TYPE_ALIAS) {
                    return null;
                }
                bound.add(symbol.name());
            }
        }
        return bound;
    }

    /** Definitions and imports, which worker processes need when they import the module. */
    private static boolean staysAtModuleLevel(Stmt statement) {
        return statement instanceof Stmt.FunctionDef || statement instanceof Stmt.AsyncFunctionDef
                || statement instanceof Stmt.ClassDef || statement instanceof Stmt.TypeAlias
                || statement instanceof Stmt.Import || statement instanceof Stmt.ImportFrom;
    }

    static boolean hasMultilineString(Stmt statement) {
        return multiline(Nodes.findAll(statement, Expr.Constant.class))
                || multiline(Nodes.findAll(statement, Expr.JoinedStr.class))
                || multiline(Nodes.findAll(statement, Expr.TemplateStr.class));
    }

    private static boolean multiline(List<? extends Expr> strings) {
        for (Expr string : strings) {
            if (string.span().endLine() > string.span().line()) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(Lines before, Lines now, int first, int last) {
        for (int l = first; l <= last; l++) {
            if (l >= before.count() || l >= now.count() || !before.line(l).equals(now.line(l))) {
                return false;
            }
        }
        return true;
    }

    private static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        return line.substring(0, end);
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
