package dev.gilscan.analyzer.model;

import dev.gilscan.analyzer.ast.BoolOperator;
import dev.gilscan.analyzer.ast.CmpOperator;
import dev.gilscan.analyzer.ast.ConstantValue;
import dev.gilscan.analyzer.ast.ExceptHandler;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.MatchCase;
import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.ast.NodeIndex;
import dev.gilscan.analyzer.ast.NodeMap;
import dev.gilscan.analyzer.ast.Stmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * When each statement of a module runs: while the module is being imported, under an
 * {@code if __name__ == "__main__":} guard, or only when a function containing it is called.
 *
 * <pre>
 * x = 1                      # IMPORT_TIME
 * class C:
 *     y = 2                  # IMPORT_TIME (class bodies run at import)
 *     def m(self): z = 3     # DEFERRED
 * if __name__ == "__main__":
 *     main()                 # MAIN_GUARDED
 * </pre>
 */
public final class ExecutionContexts {
    /** When a statement runs. */
    public enum When {
        /** Runs when the module is imported (and when it is run as a script). */
        IMPORT_TIME,
        /** Runs only when the module is run as the main script. */
        MAIN_GUARDED,
        /** Runs only when the function that contains it is called. */
        DEFERRED
    }

    private final NodeMap<When> when;
    private final List<Stmt> importTime = new ArrayList<>();
    private final List<Stmt.If> mainGuards = new ArrayList<>();

    private ExecutionContexts(NodeIndex index) {
        this.when = new NodeMap<>(index);
    }

    /** Classifies every statement of a module. */
    public static ExecutionContexts of(Mod.Module module) {
        return of(module, NodeIndex.of(module));
    }

    /** Classifies every statement of a module whose tree {@code index} numbers. */
    public static ExecutionContexts of(Mod.Module module, NodeIndex index) {
        ExecutionContexts result = new ExecutionContexts(index);
        result.visit(module.body(), When.IMPORT_TIME);
        return result;
    }

    /** When {@code statement} runs; DEFERRED for statements not in this module. */
    public When when(Stmt statement) {
        When found = when.get(statement);
        return found != null ? found : When.DEFERRED;
    }

    /** True if the statement runs while the module is imported. */
    public boolean runsAtImport(Stmt statement) {
        return when(statement) == When.IMPORT_TIME;
    }

    /** True if the statement runs only under a {@code __main__} guard. */
    public boolean isMainGuarded(Stmt statement) {
        return when(statement) == When.MAIN_GUARDED;
    }

    /** The statements that run at import time, in source order, nested ones included. */
    public List<Stmt> importTimeStatements() {
        return Collections.unmodifiableList(importTime);
    }

    /** The module's {@code if __name__ == "__main__":} statements (any spelling). */
    public List<Stmt.If> mainGuards() {
        return Collections.unmodifiableList(mainGuards);
    }

    /** True if the module has a {@code __main__} guard, the usual sign of a script. */
    public boolean hasMainGuard() {
        return !mainGuards.isEmpty();
    }

    private void visit(List<Stmt> body, When context) {
        for (Stmt s : body) {
            visit(s, context);
        }
    }

    private void visit(Stmt s, When context) {
        when.put(s, context);
        if (context == When.IMPORT_TIME) {
            importTime.add(s);
        }
        if (s instanceof Stmt.FunctionDef f) {
            visit(f.body(), When.DEFERRED);
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            visit(f.body(), When.DEFERRED);
        } else if (s instanceof Stmt.ClassDef c) {
            visit(c.body(), context);
        } else if (s instanceof Stmt.If i) {
            Guard guard = context == When.DEFERRED ? Guard.NONE : mainGuard(i.test());
            if (guard != Guard.NONE) {
                mainGuards.add(i);
            }
            visit(i.body(), guard == Guard.IN_BODY ? When.MAIN_GUARDED : context);
            visit(i.orelse(), guard == Guard.IN_ELSE ? When.MAIN_GUARDED : context);
        } else if (s instanceof Stmt.For f) {
            visit(f.body(), context);
            visit(f.orelse(), context);
        } else if (s instanceof Stmt.AsyncFor f) {
            visit(f.body(), context);
            visit(f.orelse(), context);
        } else if (s instanceof Stmt.While w) {
            visit(w.body(), context);
            visit(w.orelse(), context);
        } else if (s instanceof Stmt.With w) {
            visit(w.body(), context);
        } else if (s instanceof Stmt.AsyncWith w) {
            visit(w.body(), context);
        } else if (s instanceof Stmt.Try t) {
            visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody(), context);
        } else if (s instanceof Stmt.TryStar t) {
            visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody(), context);
        } else if (s instanceof Stmt.Match m) {
            for (MatchCase c : m.cases()) {
                visit(c.body(), context);
            }
        }
    }

    private void visitTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody, When context) {
        visit(body, context);
        for (ExceptHandler h : handlers) {
            visit(h.body(), context);
        }
        visit(orelse, context);
        visit(finalbody, context);
    }

    /** Where a test puts the main-guarded code. */
    private enum Guard { NONE, IN_BODY, IN_ELSE }

    /**
     * {@code __name__ == "__main__"} (either side) guards the body; {@code __name__ != "__main__"}
     * guards the else branch; {@code guard and other} still guards the body.
     */
    static Guard mainGuard(Expr test) {
        if (test instanceof Expr.BoolOp b && b.op() == BoolOperator.And) {
            for (Expr value : b.values()) {
                if (mainGuard(value) == Guard.IN_BODY) {
                    return Guard.IN_BODY;
                }
            }
            return Guard.NONE;
        }
        if (!(test instanceof Expr.Compare c) || c.ops().size() != 1) {
            return Guard.NONE;
        }
        Expr left = c.left();
        Expr right = c.comparators().get(0);
        boolean matches = (isDunderName(left) && isMainString(right))
                || (isMainString(left) && isDunderName(right));
        if (!matches) {
            return Guard.NONE;
        }
        CmpOperator op = c.ops().get(0);
        if (op == CmpOperator.Eq || op == CmpOperator.Is) {
            return Guard.IN_BODY;
        }
        if (op == CmpOperator.NotEq || op == CmpOperator.IsNot) {
            return Guard.IN_ELSE;
        }
        return Guard.NONE;
    }

    /** True if {@code test} is a {@code __main__} guard test in any of its spellings. */
    public static boolean isMainGuardTest(Expr test) {
        return mainGuard(test) != Guard.NONE;
    }

    private static boolean isDunderName(Expr e) {
        return e instanceof Expr.Name n && n.id().equals("__name__");
    }

    private static boolean isMainString(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof ConstantValue.Str s
                && s.value().equals("__main__");
    }
}
