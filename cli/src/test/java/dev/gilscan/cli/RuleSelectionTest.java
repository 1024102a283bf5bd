package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.LAMBDA_TO_POOL;
import static dev.gilscan.cli.Cli.POOL_AT_IMPORT;
import static dev.gilscan.cli.Cli.at;
import static dev.gilscan.cli.Cli.concise;
import static dev.gilscan.cli.Cli.run;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --select} and {@code --ignore}: rule ids or prefixes, checked against the registry. */
class RuleSelectionTest {
    @TempDir
    Path root;

    private String gil201;
    private String gil202;

    @BeforeEach
    void project() {
        write(root, "a.py", POOL_AT_IMPORT);
        write(root, "b.py", LAMBDA_TO_POOL);
        gil201 = at(root, "a.py", 2, 1, "GIL201");
        gil202 = at(root, "b.py", 5, 19, "GIL202");
    }

    @Test
    void allRulesByDefault() {
        assertThat(concise(root).positions()).containsExactly(gil201, gil202);
    }

    @Test
    void selectByIdOrPrefix() {
        assertThat(concise(root, "--select", "GIL201").positions()).containsExactly(gil201);
        assertThat(concise(root, "--select", "GIL2").positions()).containsExactly(gil201, gil202);
        assertThat(concise(root, "--select", "GIL").positions()).containsExactly(gil201, gil202);
        assertThat(concise(root, "--select", "gil202").positions()).containsExactly(gil202);
    }

    @Test
    void selectTakesACommaSeparatedListOrRepeats() {
        assertThat(concise(root, "--select", "GIL201,GIL202").positions())
                .containsExactly(gil201, gil202);
        assertThat(concise(root, "--select", "GIL201", "--select", "GIL202").positions())
                .containsExactly(gil201, gil202);
    }

    @Test
    void ignoreByIdOrPrefix() {
        assertThat(concise(root, "--ignore", "GIL202").positions()).containsExactly(gil201);
        assertThat(concise(root, "--ignore", "GIL20").positions()).isEmpty();
        assertThat(concise(root, "--select", "GIL2", "--ignore", "GIL201").positions())
                .containsExactly(gil202);
    }

    @Test
    void nothingSelectedMeansNoFindings() {
        Cli.Result result = concise(root, "--ignore", "GIL");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("All checks passed!\n");
    }

    @Test
    void anUnknownIdOrPrefixIsAnError() {
        Cli.Result select = concise(root, "--select", "GIL999");
        Cli.Result ignore = concise(root, "--ignore", "GIL201,E501");

        assertThat(select.exit()).isEqualTo(2);
        assertThat(select.err()).isEqualTo("gilscan: --select: no rule matches `GIL999`\n");
        assertThat(ignore.exit()).isEqualTo(2);
        assertThat(ignore.err()).isEqualTo("gilscan: --ignore: no rule matches `E501`\n");
        assertThat(select.out() + ignore.out()).isEmpty();
    }

    @Test
    void sarifListsOnlyTheSelectedRules() {
        Cli.Result result = run("check", "--output-format", "sarif", "--select", "GIL202", root);

        assertThat(result.json().at("/runs/0/tool/driver/rules").findValuesAsText("id"))
                .containsExactly("GIL202");
        assertThat(result.json().at("/runs/0/results").findValuesAsText("ruleId"))
                .containsExactly("GIL202");
    }
}
