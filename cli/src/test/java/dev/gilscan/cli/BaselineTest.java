package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.POOL_AT_IMPORT;
import static dev.gilscan.cli.Cli.at;
import static dev.gilscan.cli.Cli.concise;
import static dev.gilscan.cli.Cli.run;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --baseline}: an earlier SARIF report whose findings are known and not reported again
 * (or, with {@code --baseline-mode keep}, reported as unchanged), recognised by their
 * fingerprints when code moves.
 */
class BaselineTest {
    @TempDir
    Path root;

    private Path baseline;

    @BeforeEach
    void recordTheBaseline() throws IOException {
        Files.createDirectory(root.resolve(".git"));
        write(root, "src/app.py", POOL_AT_IMPORT);
        baseline = root.resolve("gilscan-baseline.sarif");

        Cli.Result recorded = run("check", "--output-format", "sarif", "--output", baseline,
                "--exit-zero", root);

        assertThat(recorded.exit()).isZero();
        assertThat(Files.readString(baseline)).contains("\"gilscan/v1\"");
    }

    @Test
    void aKnownFindingIsNotReportedAfterLinesAreInsertedAboveIt() {
        write(root, "src/app.py", "\"\"\"The app.\"\"\"\n\nimport os\n" + POOL_AT_IMPORT);

        Cli.Result result = concise(root, "--baseline", baseline);

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("No new findings (1 known finding in the baseline).\n");
        assertThat(concise(root).positions())
                .containsExactly(at(root, "src/app.py", 5, 1, "GIL201"));
    }

    @Test
    void aKnownFindingIsNotReportedAfterItIsReindented() {
        write(root, "src/app.py", """
                import multiprocessing
                if True:
                    multiprocessing.Pool(2)
                """);

        assertThat(concise(root, "--baseline", baseline).exit()).isZero();
    }

    @Test
    void aNewFindingIsReportedBesideTheKnownOne() {
        write(root, "src/app.py", "import os\n" + POOL_AT_IMPORT + "multiprocessing.Pool(8)\n");

        Cli.Result result = concise(root, "--baseline", baseline);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.positions()).containsExactly(at(root, "src/app.py", 4, 1, "GIL201"));
        assertThat(result.out()).endsWith("Found 1 finding. 1 known finding in the baseline not"
                + " shown.\n" + Cli.ONE_UNSAFE_FIX);
    }

    @Test
    void aSecondCopyOfAKnownLineIsNew() {
        write(root, "src/app.py", POOL_AT_IMPORT + "multiprocessing.Pool(2)\n");

        Cli.Result result = concise(root, "--baseline", baseline);

        assertThat(result.positions()).containsExactly(at(root, "src/app.py", 3, 1, "GIL201"));
    }

    @Test
    void aFindingInAnotherFileIsNew() {
        write(root, "src/other.py", POOL_AT_IMPORT);

        assertThat(concise(root, "--baseline", baseline).positions())
                .containsExactly(at(root, "src/other.py", 2, 1, "GIL201"));
    }

    @Test
    void theBaselineAppliesWhenASubfolderIsChecked() {
        write(root, "src/app.py", "import os\n" + POOL_AT_IMPORT);

        assertThat(concise(root.resolve("src"), "--baseline", baseline).exit()).isZero();
        assertThat(concise(root.resolve("src/app.py"), "--baseline", baseline).exit()).isZero();
    }

    @Test
    void sarifWithABaselineHasOnlyTheNewFindings() {
        write(root, "src/app.py", "import os\n" + POOL_AT_IMPORT + "multiprocessing.Pool(2)\n");

        Cli.Result result = run("check", "--output-format", "sarif", "--baseline", baseline, root);

        JsonNode results = result.json().at("/runs/0/results");
        assertThat(results).hasSize(1);
        assertThat(results.at("/0/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(4);
        assertThat(results.at("/0/partialFingerprints/gilscan~1v1").asText()).endsWith(":2");
        assertThat(result.exit()).isEqualTo(1);
    }

    @Test
    void keepModeMarksTheKnownFindingsUnchangedAndTheOthersNew() {
        write(root, "src/app.py", "import os\n" + POOL_AT_IMPORT + "multiprocessing.Pool(2)\n");

        Cli.Result result = run("check", "--output-format", "sarif", "--baseline", baseline,
                "--baseline-mode", "keep", root);

        JsonNode results = result.json().at("/runs/0/results");
        assertThat(results).hasSize(2);
        assertThat(results.at("/0/baselineState").asText()).isEqualTo("unchanged");
        assertThat(results.at("/0/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(3);
        assertThat(results.at("/1/baselineState").asText()).isEqualTo("new");
        assertThat(results.at("/1/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(4);
        assertThat(result.exit()).as("only the new finding counts").isEqualTo(1);
    }

    @Test
    void keepModeWithOnlyKnownFindingsExitsZero() {
        Cli.Result result = run("check", "--output-format", "sarif", "--baseline", baseline,
                "--baseline-mode", "keep", root);

        assertThat(result.json().at("/runs/0/results/0/baselineState").asText())
                .isEqualTo("unchanged");
        assertThat(result.exit()).isZero();
    }

    @Test
    void dropModeIsTheDefaultAndWritesNoBaselineState() {
        Cli.Result dropped = run("check", "--output-format", "sarif", "--baseline", baseline,
                "--baseline-mode", "drop", root);
        Cli.Result byDefault = run("check", "--output-format", "sarif", "--baseline", baseline,
                root);

        assertThat(dropped.out()).isEqualTo(byDefault.out()).doesNotContain("baselineState");
        assertThat(dropped.json().at("/runs/0/results")).isEmpty();
    }

    @Test
    void keepModeNeedsABaselineAndTheSarifFormat() {
        Cli.Result text = concise(root, "--baseline", baseline, "--baseline-mode", "keep");
        Cli.Result noBaseline = run("check", "--output-format", "sarif", "--baseline-mode",
                "keep", root);

        for (Cli.Result result : java.util.List.of(text, noBaseline)) {
            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.err()).isEqualTo(
                    "gilscan: --baseline-mode keep needs --baseline and --output-format sarif\n");
        }
    }

    @Test
    void aBadBaselineStopsTheCheckBeforeItStarts() {
        write(root, "src/bad.py", "def f(\n");

        Cli.Result result = concise(root, "--baseline", root.resolve("missing.sarif"));

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).doesNotContain("SyntaxError").hasLineCount(1);
    }

    @Test
    void aMissingOrBrokenBaselineIsAnError() {
        Path notJson = write(root, "broken.sarif", "{\"runs\": [");
        Path notSarif = write(root, "other.json", "{\"version\": \"2.0.0\", \"runs\": []}");
        String[][] cases = {
            {root.resolve("missing.sarif").toString(), "--baseline " + root.resolve("missing.sarif")
                    + ": no such file"},
            {root.resolve("src").toString(), "--baseline " + root.resolve("src")
                    + ": cannot read: Is a directory"},
            {notJson.toString(), "--baseline: " + notJson + " is not a SARIF log: not JSON"},
            {notSarif.toString(), "--baseline: " + notSarif + " is not a SARIF 2.1.0 log:"
                    + " version \"2.0.0\""},
        };
        for (String[] c : cases) {
            Cli.Result result = concise(root, "--baseline", c[0]);

            assertThat(result.exit()).as(c[0]).isEqualTo(2);
            assertThat(result.err()).as(c[0]).startsWith("gilscan: " + c[1]).hasLineCount(1);
            assertThat(result.out()).isEmpty();
        }
    }

    @Test
    void keepModeWritesAKnownFindingThatIsGoneAsAbsent() throws IOException {
        JsonNode known = new Cli.Result(0, Files.readString(baseline), "").json()
                .at("/runs/0/results/0");
        write(root, "src/app.py", "import os\n");

        Cli.Result result = run("check", "--output-format", "sarif", "--baseline", baseline,
                "--baseline-mode", "keep", root);

        JsonNode results = result.json().at("/runs/0/results");
        assertThat(results).hasSize(1);
        JsonNode absent = results.get(0);
        assertThat(absent.path("baselineState").asText()).isEqualTo("absent");
        for (String field : java.util.List.of("ruleId", "message", "locations",
                "partialFingerprints", "level")) {
            assertThat(absent.path(field)).as(field).isEqualTo(known.path(field));
        }
        assertThat(result.json().at("/runs/0/tool/driver/rules/" + absent.path("ruleIndex")
                .asInt() + "/id")).isEqualTo(absent.path("ruleId"));
        assertThat(result.exit()).as("a finding that is gone does not count").isZero();
    }

    @Test
    void aFindingIsAbsentOnlyWhereThisRunLookedForIt() {
        write(root, "src/other.py", "x = 1\n");
        Cli.Result otherFile = run("check", "--output-format", "sarif", "--baseline", baseline,
                "--baseline-mode", "keep", root.resolve("src/other.py"));
        write(root, "src/app.py", "import os\n");
        Cli.Result otherRule = run("check", "--output-format", "sarif", "--baseline", baseline,
                "--baseline-mode", "keep", "--select", "GIL304", root);
        write(root, "src/app.py", "def f(\n");
        Cli.Result unparsed = run("check", "--output-format", "sarif", "--baseline", baseline,
                "--baseline-mode", "keep", "--exit-zero", root);

        assertThat(otherFile.json().at("/runs/0/results")).as("another file checked").isEmpty();
        assertThat(unparsed.json().at("/runs/0/results")).as("the file does not parse").isEmpty();
        assertThat(otherRule.json().at("/runs/0/results")).as("its rule not run").isEmpty();
    }

    @Test
    void dropModeWritesNoAbsentResults() {
        write(root, "src/app.py", "import os\n");

        Cli.Result result = run("check", "--output-format", "sarif", "--baseline", baseline, root);

        assertThat(result.json().at("/runs/0/results")).isEmpty();
        assertThat(result.exit()).isZero();
    }
}
