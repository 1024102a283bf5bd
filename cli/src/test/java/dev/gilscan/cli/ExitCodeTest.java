package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.POOL_AT_IMPORT;
import static dev.gilscan.cli.Cli.concise;
import static dev.gilscan.cli.Cli.run;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit codes: 0 no findings, 1 findings or a file that does not parse, 2 usage, configuration or
 * internal error.
 */
class ExitCodeTest {
    @TempDir
    Path root;

    @Test
    void cleanProjectExitsZero() {
        write(root, "ok.py", "print('hello')\n");

        Cli.Result result = run("check", root);

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("All checks passed!\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void findingsExitOne() {
        write(root, "app.py", POOL_AT_IMPORT);

        assertThat(run("check", root).exit()).isEqualTo(1);
    }

    @Test
    void aFileThatDoesNotParseExitsOne() {
        write(root, "bad.py", "def f(\n");

        Cli.Result result = run("check", root);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("SyntaxError");
    }

    @Test
    void exitZeroKeepsTheReportButExitsZero() {
        write(root, "app.py", POOL_AT_IMPORT);
        write(root, "bad.py", "def f(\n");

        Cli.Result result = concise(root, "--exit-zero");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("GIL201");
        assertThat(result.err()).contains("SyntaxError");
    }

    @Test
    void emptyFolderExitsZeroWithAWarning() {
        Cli.Result result = run("check", root);

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEqualTo("gilscan: warning: no Python files found under "
                + root + "\n");
    }

    @Test
    void usageErrorsExitTwoWithoutAStackTrace() {
        write(root, "app.py", POOL_AT_IMPORT);
        for (Object[] args : new Object[][] {
            {"check", "--no-such-option", root},
            {"check", "--output-format", "xml", root},
            {"check", "--target-version", "py39", root},
            {"check", "--target-version", "py312t", root},
            {"check", "--select", "GIL999", root},
            {"check", "--statistics", "--output-format", "sarif", root},
            {"check", root.resolve("missing.py")},
            {"no-such-command"},
        }) {
            Cli.Result result = run(args);

            assertThat(result.exit()).as(Arrays.toString(args)).isEqualTo(2);
            assertThat(result.err()).startsWith("gilscan: ").doesNotContain("\tat ", "Exception");
            assertThat(result.out()).isEmpty();
        }
    }

    @Test
    void missingPathIsNamed() {
        Cli.Result result = run("check", root.resolve("missing.py"));

        assertThat(result.err()).isEqualTo("gilscan: " + root.resolve("missing.py")
                + ": no such file or folder\n");
    }

    @Test
    void configurationErrorExitsTwo() {
        write(root, "pyproject.toml", "[tool.gilscan]\nselect = 3\n");
        write(root, "app.py", POOL_AT_IMPORT);

        Cli.Result result = run("check", root);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void helpAndVersionExitZero() {
        Cli.Result help = run("check", "--help");
        Cli.Result version = run("--version");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--output-format", "--baseline", "Exit codes");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("gilscan ");
    }

    @Test
    void aRuleThatFailsIsAnInternalErrorAndTheOtherRulesStillReport() {
        write(root, "app.py", POOL_AT_IMPORT);

        Cli.Result result = Cli.runWith(Cli.rulesAnd(new CrashingRule()), "",
                "check", "--output-format", "concise", root);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("gilscan: internal error: TST901 failed on ")
                .contains("boom").doesNotContain("\tat ");
        assertThat(result.out()).contains("GIL201");
    }
}
