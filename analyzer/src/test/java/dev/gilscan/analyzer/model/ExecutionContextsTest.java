package dev.gilscan.analyzer.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.model.ExecutionContexts.When;
import dev.gilscan.analyzer.parser.PythonSyntaxError;
import dev.gilscan.analyzer.parser.SourceParser;
import org.junit.jupiter.api.Test;

class ExecutionContextsTest {

    private static Mod.Module parse(String code) throws PythonSyntaxError {
        return SourceParser.parseText("t.py", code, 14).module();
    }

    /** When the statement that calls {@code name(...)} runs. */
    private static When whenCalled(Mod.Module m, ExecutionContexts contexts, String name) {
        for (Stmt.Expr s : Nodes.findAll(m, Stmt.Expr.class)) {
            if (s.value() instanceof Expr.Call c && c.func() instanceof Expr.Name n
                    && n.id().equals(name)) {
                return contexts.when(s);
            }
        }
        throw new AssertionError("no call of " + name);
    }

    @Test
    void moduleLevelCodeInCompoundStatementsRunsAtImport() throws Exception {
        Mod.Module m = parse("""
                a()
                if x:
                    b()
                for i in y:
                    c()
                with z:
                    d()
                try:
                    e()
                except E:
                    f()
                class C:
                    g()
                    def m(self):
                        h()
                def fn():
                    i()
                """);
        ExecutionContexts contexts = ExecutionContexts.of(m);
        for (String name : new String[] {"a", "b", "c", "d", "e", "f", "g"}) {
            assertThat(whenCalled(m, contexts, name)).as(name).isEqualTo(When.IMPORT_TIME);
        }
        assertThat(whenCalled(m, contexts, "h")).isEqualTo(When.DEFERRED);
        assertThat(whenCalled(m, contexts, "i")).isEqualTo(When.DEFERRED);
    }

    @Test
    void everySpellingOfTheMainGuardIsRecognized() throws Exception {
        Mod.Module m = parse("""
                if __name__ == "__main__":
                    a()
                if '__main__' == __name__:
                    b()
                if __name__ != "__main__":
                    c()
                else:
                    d()
                if __name__ == "__main__" and ready:
                    e()
                if __name__ == "other":
                    f()
                """);
        ExecutionContexts contexts = ExecutionContexts.of(m);
        assertThat(whenCalled(m, contexts, "a")).isEqualTo(When.MAIN_GUARDED);
        assertThat(whenCalled(m, contexts, "b")).isEqualTo(When.MAIN_GUARDED);
        assertThat(whenCalled(m, contexts, "c")).isEqualTo(When.IMPORT_TIME);
        assertThat(whenCalled(m, contexts, "d")).isEqualTo(When.MAIN_GUARDED);
        assertThat(whenCalled(m, contexts, "e")).isEqualTo(When.MAIN_GUARDED);
        assertThat(whenCalled(m, contexts, "f")).isEqualTo(When.IMPORT_TIME);
        assertThat(contexts.mainGuards()).hasSize(4);
    }

    @Test
    void aGuardInsideAFunctionDoesNotMakeAScript() throws Exception {
        Mod.Module m = parse("""
                def main():
                    if __name__ == "__main__":
                        run()
                """);
        ExecutionContexts contexts = ExecutionContexts.of(m);
        assertThat(contexts.hasMainGuard()).isFalse();
        assertThat(whenCalled(m, contexts, "run")).isEqualTo(When.DEFERRED);
    }
}
