package dev.gilscan.rules.process;

import dev.gilscan.analyzer.ast.Alias;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.model.scope.Binding;
import dev.gilscan.analyzer.model.scope.BindingKind;
import dev.gilscan.analyzer.model.scope.Symbol;
import dev.gilscan.analyzer.parser.SourceText;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.rules.fix.Indentation;
import dev.gilscan.rules.fix.SourceEdits;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * GIL201's fix: the module-level statement that starts the processes, and the script code after
 * it up to the next definition or import, move under a new {@code if __name__ == "__main__":},
 * indented as {@link Indentation#deeper} does; when the module's own guard follows that code, the
 * code moves to the top of the guard's body instead, indented as that body is. Definitions stay at module level, where worker
 * processes look them up. Unsafe: the guarded code no longer runs when the module is imported,
 * which is the point, but an importer that relied on it changes.
 */
final class MainGuardFix {
    static final String MAIN_GUARD = "if __name__ == \"__main__\":";
    static final String DESCRIPTION = "Wrap the module-level code in `" + MAIN_GUARD + "`";
    static final String INTO_DESCRIPTION = "Move the module-level code into `" + MAIN_GUARD + "`";

    private MainGuardFix() {}

    /**
     * The fix for a finding on {@code line} (1-based). Null when the change is not mechanical: a
     * statement shares its lines with another, holds a string spanning lines (whose text
     * indenting would change), or when workers could miss something the guard hides from them
     * (see {@link #guardedBindings}): code left at module level, before or after the guard, in
     * function and class bodies too, uses a name that the guarded code binds, or the guarded
     * code defines a function or class or imports {@code *}.
     */
    static Finding.@Nullable Fix of(SemanticModel model, int line) {
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
        while (last + 1 < body.size() && !staysAtModuleLevel(body.get(last + 1))
                && !isMainGuard(model, body.get(last + 1))) {
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
            if (Indentation.changesAString(statement)) {
                return null;
            }
        }
        Stmt.If existing = last + 1 < body.size() && isMainGuard(model, body.get(last + 1))
                ? (Stmt.If) body.get(last + 1) : null;
        Set<String> bound = guardedBindings(model, guarded);
        if (bound == null || usedOutside(body, first, existing == null ? last : last + 1, bound)) {
            return null;
        }
        int from = body.get(first).span().line();
        if (existing != null) {
            // The module has a guard right after the code: the code moves to the top of its body,
            // indented as that body is.
            SourceText source = model.parse().source();
            int header = existing.span().line();
            String unit = Indentation.leading(source.lineText(existing.body().get(0).span().line()));
            return new Finding.Fix(INTO_DESCRIPTION, Finding.Applicability.UNSAFE,
                    List.of(SourceEdits.replaceLines(model, from, header, source.lineText(header)
                            + Indentation.under(model, from, header - 1, unit))));
        }
        int to = body.get(last).span().endLine();
        return new Finding.Fix(DESCRIPTION, Finding.Applicability.UNSAFE,
                List.of(SourceEdits.replaceLines(model, from, to,
                        MAIN_GUARD + Indentation.deeper(model, from, to, ""))));
    }

    /**
     * True if the statement is the module's {@code if __name__ == "__main__":} (any spelling
     * that runs its body only as a script), without an {@code else}, whose body starts on a line
     * of its own below the {@code if}.
     */
    private static boolean isMainGuard(SemanticModel model, Stmt statement) {
        return statement instanceof Stmt.If i && i.orelse().isEmpty()
                && model.execution().mainGuards().contains(i)
                && model.execution().isMainGuarded(i.body().get(0))
                && i.body().get(0).span().line() > i.span().line()
                && i.test().span().endLine() == i.span().line();
    }

    /** True if a module statement outside {@code first..last} reads a name of {@code bound}. */
    private static boolean usedOutside(List<Stmt> body, int first, int last, Set<String> bound) {
        for (int i = 0; i < body.size(); i++) {
            if (i < first || i > last) {
                for (Expr.Name name : Nodes.findAll(body.get(i), Expr.Name.class)) {
                    if (bound.contains(name.id())) {
                        return true;
                    }
                }
            }
        }
        return false;
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
}
