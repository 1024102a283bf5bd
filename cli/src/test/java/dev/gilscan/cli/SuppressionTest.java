package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.at;
import static dev.gilscan.cli.Cli.concise;
import static dev.gilscan.cli.Cli.run;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code # noqa} comments: hidden from the text formats and JSON, kept in SARIF with a
 * {@code suppressions} entry.
 */
class SuppressionTest {
    @TempDir
    Path root;

    @Test
    void noqaFormsOnTheReportedLine() {
        write(root, "app.py", """
                import multiprocessing
                multiprocessing.Pool(1)  # noqa
                multiprocessing.Pool(2)  # noqa: GIL201
                multiprocessing.Pool(3)  # NOQA:GIL201
                multiprocessing.Pool(4)  # noqa: GIL202, GIL201
                multiprocessing.Pool(5)  # noqa: GIL202
                multiprocessing.Pool(6)  # unrelated comment
                multiprocessing.Pool(7)  # type: ignore  # noqa: GIL201
                # noqa
                multiprocessing.Pool(9)
                """);

        Cli.Result result = concise(root);

        assertThat(result.positions()).containsExactly(
                at(root, "app.py", 6, 1, "GIL201"),
                at(root, "app.py", 7, 1, "GIL201"),
                at(root, "app.py", 10, 1, "GIL201"));
        assertThat(result.exit()).isEqualTo(1);
    }

    @Test
    void aLineThatCannotHoldACommentIsSuppressedOnTheLastLineJoinedToIt() {
        write(root, "app.py", """
                import multiprocessing
                multiprocessing.Pool(1, initargs=(\"\"\"
                text
                \"\"\",))  # noqa: GIL201
                multiprocessing.Pool(2); size = \\
                    4  # noqa: GIL201
                multiprocessing.Pool(3, initargs=(\"\"\"
                text
                \"\"\",))
                multiprocessing.Pool(4)  # noqa: GIL202
                """);

        Cli.Result result = concise(root);

        assertThat(result.positions()).containsExactly(
                at(root, "app.py", 7, 1, "GIL201"),
                at(root, "app.py", 10, 1, "GIL201"));
    }

    @Test
    void fileLevelNoqaSuppressesEveryFindingOfTheFile() {
        write(root, "generated.py", """
                # gilscan: noqa
                import multiprocessing
                multiprocessing.Pool(1)
                multiprocessing.Pool(2)
                """);
        write(root, "other.py", "import multiprocessing\nmultiprocessing.Pool(3)\n");

        Cli.Result result = concise(root);

        assertThat(result.positions()).containsExactly(at(root, "other.py", 2, 1, "GIL201"));
    }

    @Test
    void fileLevelNoqaWithCodesSuppressesThoseCodesOnly() {
        write(root, "other_rule.py", """
                # gilscan: noqa: GIL202
                import multiprocessing
                multiprocessing.Pool(1)
                """);
        write(root, "same_rule.py", """
                import multiprocessing
                multiprocessing.Pool(2)  # a finding here...
                # gilscan: noqa: GIL101, gil201
                """);

        Cli.Result result = concise(root);

        assertThat(result.positions()).containsExactly(at(root, "other_rule.py", 3, 1, "GIL201"));
    }

    @Test
    void onlySuppressedFindingsExitZero() {
        write(root, "app.py", "import multiprocessing\nmultiprocessing.Pool(1)  # noqa\n");

        Cli.Result concise = concise(root);
        Cli.Result json = run("check", "--output-format", "json", root);
        Cli.Result github = run("check", "--output-format", "github", root);
        Cli.Result statistics = run("check", "--statistics", root);

        assertThat(concise.exit()).isZero();
        assertThat(concise.out()).isEqualTo("All checks passed!\n");
        assertThat(json.out()).isEqualTo("[]\n");
        assertThat(github.out()).isEmpty();
        assertThat(statistics.out()).isEmpty();
    }

    @Test
    void sarifKeepsSuppressedFindingsWithTheirSuppression() {
        write(root, "app.py", """
                import multiprocessing
                multiprocessing.Pool(1)  # noqa
                multiprocessing.Pool(2)  # noqa: GIL201
                multiprocessing.Pool(3)
                """);
        write(root, "gen.py", "# gilscan: noqa\nimport multiprocessing\nmultiprocessing.Pool(4)\n");

        Cli.Result result = run("check", "--output-format", "sarif", root);

        assertThat(result.exit()).isEqualTo(1);
        List<String> suppressions = new ArrayList<>();
        for (JsonNode r : result.json().at("/runs/0/results")) {
            JsonNode s = r.path("suppressions");
            suppressions.add(r.at("/locations/0/physicalLocation/region/startLine") + " "
                    + (s.isMissingNode() ? "-" : s.get(0).path("kind").asText() + " "
                    + s.get(0).path("justification").asText()));
        }
        assertThat(suppressions).containsExactly(
                "2 inSource # noqa",
                "3 inSource # noqa: GIL201",
                "4 -",
                "3 inSource # gilscan: noqa");
    }
}
