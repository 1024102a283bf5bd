package dev.gilscan.analyzer.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Nodes;
import dev.gilscan.analyzer.parser.SourceParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Qualified names and tracked values, as the rules ask for them. */
class SemanticModelTest {

    private static SemanticModel model(String code) throws Exception {
        return SemanticModel.build(Path.of("pkg/mod.py"), new ModuleName("pkg.mod", false),
                SourceParser.parseText("pkg/mod.py", code, 14));
    }

    /** The qualified name of the function called by the call whose text is {@code call}. */
    private static String callee(SemanticModel m, String call) {
        for (Expr.Call c : Nodes.findAll(m.tree(), Expr.Call.class)) {
            if (m.text(c).equals(call)) {
                return m.qualifiedName(c.func());
            }
        }
        throw new AssertionError("no call " + call);
    }

    private static Values.Value valueOfName(SemanticModel m, String name, int line) {
        for (Expr.Name n : Nodes.findAll(m.tree(), Expr.Name.class)) {
            if (n.id().equals(name) && n.span().line() == line) {
                return m.values().valueOf(n);
            }
        }
        throw new AssertionError("no " + name + " on line " + line);
    }

    @Test
    void importedNamesResolveWhateverTheAlias() throws Exception {
        SemanticModel m = model("""
                import concurrent.futures as cf
                import concurrent.futures
                from multiprocessing import Pool as P
                import multiprocessing
                from threading import Thread
                TPE = cf.ThreadPoolExecutor
                cf.ThreadPoolExecutor()
                concurrent.futures.ProcessPoolExecutor()
                P(4)
                multiprocessing.get_context("spawn").Pool(2)
                TPE()
                len([])
                def f():
                    from threading import Lock
                    Lock()
                    Thread()
                undefined_thing()
                """);
        assertThat(callee(m, "cf.ThreadPoolExecutor()"))
                .isEqualTo("concurrent.futures.ThreadPoolExecutor");
        assertThat(callee(m, "concurrent.futures.ProcessPoolExecutor()"))
                .isEqualTo("concurrent.futures.ProcessPoolExecutor");
        assertThat(callee(m, "P(4)")).isEqualTo("multiprocessing.Pool");
        assertThat(callee(m, "multiprocessing.get_context(\"spawn\").Pool(2)"))
                .isEqualTo("multiprocessing.Pool");
        assertThat(callee(m, "TPE()")).isEqualTo("concurrent.futures.ThreadPoolExecutor");
        assertThat(callee(m, "len([])")).isEqualTo("builtins.len");
        assertThat(callee(m, "Lock()")).isEqualTo("threading.Lock");
        assertThat(callee(m, "Thread()")).isEqualTo("threading.Thread");
        assertThat(callee(m, "undefined_thing()")).isNull();
    }

    @Test
    void definitionsAreNamedLikeQualname() throws Exception {
        SemanticModel m = model("""
                def outer():
                    def inner():
                        pass
                    inner()
                class C:
                    def method(self):
                        pass
                outer()
                C()
                """);
        assertThat(callee(m, "inner()")).isEqualTo("pkg.mod.outer.<locals>.inner");
        assertThat(callee(m, "outer()")).isEqualTo("pkg.mod.outer");
        assertThat(callee(m, "C()")).isEqualTo("pkg.mod.C");
    }

    @Test
    void valuesFollowAssignmentsWithStatementsAndSelfAttributes() throws Exception {
        SemanticModel m = model("""
                import threading, multiprocessing
                from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor
                pool = ThreadPoolExecutor()
                pool
                with ProcessPoolExecutor() as ex:
                    ex
                ctx = multiprocessing.get_context("fork")
                ctx
                class Counter:
                    def __init__(self):
                        self._lock = threading.Lock()
                    def bump(self):
                        self._lock
                either = ThreadPoolExecutor() if x else ProcessPoolExecutor()
                either
                """);
        assertThat(valueOfName(m, "pool", 4)).isInstanceOfSatisfying(Values.Value.CallResult.class,
                v -> assertThat(v.callee()).isEqualTo("concurrent.futures.ThreadPoolExecutor"));
        assertThat(valueOfName(m, "ex", 6)).isInstanceOfSatisfying(Values.Value.CallResult.class,
                v -> assertThat(v.callee()).isEqualTo("concurrent.futures.ProcessPoolExecutor"));
        assertThat(valueOfName(m, "ctx", 8)).isInstanceOfSatisfying(Values.Value.Context.class,
                v -> assertThat(v.method()).isEqualTo("fork"));
        Expr.Attribute lock = Nodes.findAll(m.tree(), Expr.Attribute.class).stream()
                .filter(a -> a.attr().equals("_lock") && a.span().line() == 13).findFirst()
                .orElseThrow();
        assertThat(m.values().valueOf(lock)).isInstanceOfSatisfying(
                Values.Value.CallResult.class,
                v -> assertThat(v.callee()).isEqualTo("threading.Lock"));
        assertThat(valueOfName(m, "either", 15)).isNull();
    }

    @Test
    void scriptsAreRecognized() throws Exception {
        assertThat(model("if __name__ == '__main__':\n    pass\n").isScript()).isTrue();
        assertThat(model("#!/usr/bin/env python3\nx = 1\n").isScript()).isTrue();
        assertThat(model("def f():\n    pass\n").isScript()).isFalse();
    }
}
