package dev.gilscan.rules.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.model.ModuleName;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.parser.SourceParser;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.RuleDescriptor;
import dev.gilscan.rules.fix.FixApplier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GIL201's fix on the cases its before/after fixtures (test-fixtures/fixes/GIL201/) do not show:
 * when it is not offered, and line breaks and tabs.
 */
class MainGuardFixTest {

    @Test
    void isNotOfferedWhenCodeAfterADefinitionUsesTheGuardedNames() throws Exception {
        String text = """
                from concurrent.futures import ProcessPoolExecutor

                pool = ProcessPoolExecutor()


                def helper():
                    return 1


                pool.shutdown()
                """;

        assertThat(MainGuardFix.of(model(text), 3)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        """
        try:
            import numpy as np
        except ImportError:
            pass


        def use():
            return np
        """,
        """
        if pool:
            import os.path


        def use():
            return os.sep
        """,
        """
        try:
            pool.shutdown()
        except OSError as error:
            pass


        def use():
            return error
        """,
        """
        match pool:
            case [_, mode]:
                pass


        def use():
            return mode
        """,
        """
        match pool:
            case [*rest]:
                pass


        def use():
            return rest
        """,
        """
        match pool:
            case {**rest}:
                pass


        def use():
            return rest
        """,
        """
        if pool:
            class Job:
                pass


        def use():
            return Job()
        """,
    })
    void isNotOfferedWhenCodeLeftAtModuleLevelUsesAGuardedBinding(String guardedAndAfter)
            throws Exception {
        String text = "from concurrent.futures import ProcessPoolExecutor\n\n"
                + "pool = ProcessPoolExecutor()\n" + guardedAndAfter;

        assertThat(MainGuardFix.of(model(text), 3)).isNull();
    }

    @Test
    void isNotOfferedWhenTheGuardedCodeDefinesAFunction() throws Exception {
        String text = """
                from concurrent.futures import ProcessPoolExecutor

                pool = ProcessPoolExecutor()
                if pool:
                    def work(x):
                        return x
                print(list(pool.map(work, range(3))))
                """;

        assertThat(MainGuardFix.of(model(text), 3)).isNull();
    }

    @Test
    void isUnsafeAndReplacesTheGuardedLines() throws Exception {
        String text = "from concurrent.futures import ProcessPoolExecutor\n\n"
                + "pool = ProcessPoolExecutor()\nprint(list(pool.map(abs, range(4))))\n";

        Finding.Fix fix = MainGuardFix.of(model(text), 3);

        assertThat(fix.applicability()).isEqualTo(Finding.Applicability.UNSAFE);
        assertThat(fix.edits()).singleElement().satisfies(e ->
                assertThat(e.location().span()).isEqualTo(Span.ascii(3, 0, 4, 36)));
    }

    @Test
    void keepsTheLineBreaksOfACrlfFile() throws Exception {
        String text = "from concurrent.futures import ProcessPoolExecutor\r\n\r\n"
                + "pool = ProcessPoolExecutor()\r\n\r\nprint(list(pool.map(abs, range(4))))\r\n";

        assertThat(applied(text, 3)).isEqualTo(
                "from concurrent.futures import ProcessPoolExecutor\r\n\r\n"
                + "if __name__ == \"__main__\":\r\n"
                + "    pool = ProcessPoolExecutor()\r\n\r\n"
                + "    print(list(pool.map(abs, range(4))))\r\n");
    }

    @Test
    void indentsWithTabsInATabIndentedFile() throws Exception {
        String text = "from concurrent.futures import ProcessPoolExecutor\n\n\n"
                + "def work(x):\n\treturn -x\n\n\n"
                + "pool = ProcessPoolExecutor()\nfor n in pool.map(work, range(4)):\n\tprint(n)\n";

        assertThat(applied(text, 8)).endsWith("if __name__ == \"__main__\":\n"
                + "\tpool = ProcessPoolExecutor()\n\tfor n in pool.map(work, range(4)):\n"
                + "\t\tprint(n)\n");
    }

    /** {@code text} after the fix for a finding on {@code line}, as {@code --fix} applies it. */
    private static String applied(String text, int line) throws Exception {
        SemanticModel model = model(text);
        Finding.Fix fix = MainGuardFix.of(model, line);
        Finding finding = new Finding(RuleDescriptor.of(ProcessStartWithoutMainGuard.class), "m",
                new Location(model.path(), Span.ascii(line, 0, line, 1)), List.of(), List.of(),
                fix, null);
        return FixApplier.apply(text, List.of(finding), t -> true, f -> {}).text();
    }

    private static SemanticModel model(String text) throws Exception {
        return SemanticModel.build(Path.of("app.py"), new ModuleName("app", false),
                SourceParser.parseText("app.py", text, 14));
    }
}
