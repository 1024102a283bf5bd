package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.LAMBDA_TO_POOL;
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
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each format writes, where it writes it, and how it names files and columns. */
class OutputFormatTest {
    @TempDir
    Path root;

    @Test
    void columnsAreOneBasedInEveryFormat() {
        write(root, "app.py", "import multiprocessing\nx = 1; multiprocessing.Pool(2)\n");

        assertThat(concise(root).positions()).containsExactly(at(root, "app.py", 2, 8, "GIL201"));
        assertThat(run("check", "--output-format", "full", root).out())
                .startsWith(at(root, "app.py", 2, 8, "GIL201 [process-start-without-main-guard] "));
        assertThat(run("check", "--output-format", "github", root).out())
                .contains(",line=2,col=8,endLine=2,endColumn=31::");
        JsonNode json = run("check", "--output-format", "json", root).json().get(0);
        assertThat(json.path("location").toString()).isEqualTo("{\"row\":2,\"column\":8}");
        assertThat(json.path("end_location").toString()).isEqualTo("{\"row\":2,\"column\":31}");
        JsonNode region = run("check", "--output-format", "sarif", root).json()
                .at("/runs/0/results/0/locations/0/physicalLocation/region");
        assertThat(region.path("startColumn").asInt()).isEqualTo(8);
    }

    @Test
    void fullShowsTheLineWithCaretsAndTheRelatedLocations() {
        write(root, "app.py", """
                from concurrent.futures import ProcessPoolExecutor

                def main(items):
                    def nested(n):
                        return n

                    with ProcessPoolExecutor() as ex:
                        ex.map(nested, items)
                """);

        String out = run("check", "--output-format", "full", root).out();

        assertThat(out).contains("""
                  |
                8 |         ex.map(nested, items)
                  |                ^^^^^^ GIL202
                   = related: %s:4:5: `nested` is defined inside a function

                Found 1 finding.
                """.formatted(root.resolve("app.py")));
    }

    @Test
    void fullAndConciseEndWithASummaryAndJsonDoesNot() {
        write(root, "a.py", POOL_AT_IMPORT);
        write(root, "b.py", LAMBDA_TO_POOL);

        assertThat(concise(root).out()).endsWith("\nFound 2 findings.\n" + Cli.ONE_UNSAFE_FIX);
        assertThat(run("check", "--output-format", "full", root).out())
                .endsWith("\nFound 2 findings.\n" + Cli.ONE_UNSAFE_FIX);
        assertThat(run("check", "--output-format", "json", root).json()).hasSize(2);
        assertThat(run("check", "--output-format", "github", root).out().lines())
                .hasSize(2).allMatch(l -> l.startsWith("::error title=gilscan (GIL20"));
    }

    @Test
    void findingsAreSortedByPathLineAndColumn() {
        write(root, "b.py", POOL_AT_IMPORT);
        write(root, "a/z.py", POOL_AT_IMPORT + "multiprocessing.Pool(3)\n");
        write(root, "a.py", LAMBDA_TO_POOL);

        assertThat(concise(root).positions()).containsExactly(
                at(root, "a.py", 5, 19, "GIL202"),
                at(root, "a/z.py", 2, 1, "GIL201"),
                at(root, "a/z.py", 3, 1, "GIL201"),
                at(root, "b.py", 2, 1, "GIL201"));
    }

    @Test
    void jsonHasRuffsFieldsAndTheRelatedLocations() {
        write(root, "app.py", """
                from concurrent.futures import ProcessPoolExecutor

                def main():
                    def work():
                        return 1
                    with ProcessPoolExecutor() as ex:
                        ex.submit(work)
                """);

        JsonNode finding = run("check", "--output-format", "json", root).json().get(0);

        assertThat(finding.path("code").asText()).isEqualTo("GIL202");
        assertThat(finding.path("name").asText()).isEqualTo("unpicklable-callable-to-process-pool");
        assertThat(finding.path("severity").asText()).isEqualTo("error");
        assertThat(finding.path("filename").asText()).isEqualTo(root.resolve("app.py").toString());
        assertThat(finding.path("message").asText()).startsWith("nested function `work` passed to");
        assertThat(finding.path("related").get(0).path("location").path("row").asInt())
                .isEqualTo(4);
    }

    @Test
    void jsonOfNoFindingsIsAnEmptyArray() {
        write(root, "ok.py", "x = 1\n");

        Cli.Result result = run("check", "--output-format", "json", root);

        assertThat(result.out()).isEqualTo("[]\n");
        assertThat(result.exit()).isZero();
    }

    @Test
    void githubEscapesThePropertiesOfTheWorkflowCommand() {
        write(root, "a,b:c%.py", POOL_AT_IMPORT);

        String out = run("check", "--output-format", "github", root).out();

        assertThat(out).contains("file=" + root.toString().replace(":", "%3A")
                + "/a%2Cb%3Ac%25.py,line=2,");
        assertThat(out).contains("::" + root + "/a,b:c%25.py:2:1: GIL201 ");
    }

    @Test
    void pathsBelowTheCurrentFolderAreShownRelativeToIt() throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Path here = Files.createTempDirectory(target, "cli-relative-");
        write(here, "pkg/app.py", POOL_AT_IMPORT);

        Cli.Result relative = concise(here);
        Cli.Result absolute = concise(here.toAbsolutePath());
        Cli.Result dotted = concise(here.resolve("pkg/../pkg"));

        String expected = here + "/pkg/app.py:2:1: GIL201";
        try {
            assertThat(relative.positions()).containsExactly(expected);
            assertThat(absolute.positions()).containsExactly(expected);
            assertThat(dotted.positions()).containsExactly(expected);
        } finally {
            Files.delete(here.resolve("pkg/app.py"));
            Files.delete(here.resolve("pkg"));
            Files.delete(here);
        }
    }

    @Test
    void theDefaultPathIsTheCurrentFolder() {
        Cli.Result implicit = run("check", "--output-format", "json", "--exit-zero");
        Cli.Result explicit = run("check", "--output-format", "json", "--exit-zero", ".");

        assertThat(implicit.exit()).isZero();
        assertThat(implicit.out()).isEqualTo(explicit.out());
        assertThat(implicit.err()).isEqualTo(explicit.err());
    }

    @Test
    void outputWritesTheNamedFileAndNothingElse() throws IOException {
        write(root, "app.py", POOL_AT_IMPORT);
        write(root, "pyproject.toml", "[tool.gilscan]\nignore = [\"GIL202\"]\n");
        write(root, ".gitignore", "build/\n");
        Map<Path, String> before = snapshot(root);

        for (String format : new String[] {"full", "concise", "json", "github", "sarif"}) {
            Path report = root.resolve("report." + format);
            Cli.Result result = run("check", "--output-format", format, "--output", report, root);

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).isEmpty();
            assertThat(Files.readString(report)).isEqualTo(
                    run("check", "--output-format", format, root).out());
            Files.delete(report);
        }
        assertThat(snapshot(root)).isEqualTo(before);
    }

    @Test
    void outputReplacesAnExistingFile() throws IOException {
        write(root, "app.py", POOL_AT_IMPORT);
        Path report = write(root, "report.txt", "old text, longer than the report ".repeat(50));

        run("check", "--output-format", "concise", "-o", report, root);

        assertThat(Files.readString(report)).startsWith(root.resolve("app.py") + ":2:1: GIL201")
                .doesNotContain("old text");
    }

    @Test
    void outputIntoAMissingFolderIsAnErrorAndCreatesNothing() throws IOException {
        write(root, "app.py", POOL_AT_IMPORT);
        Map<Path, String> before = snapshot(root);
        Path report = root.resolve("out/report.sarif");

        Cli.Result result = run("check", "--output-format", "sarif", "--output", report, root);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("gilscan: cannot write " + report
                + ": no such folder\n");
        assertThat(snapshot(root)).isEqualTo(before);
    }

    @Test
    void statisticsCountFindingsPerRuleInsteadOfListingThem() {
        write(root, "a.py", POOL_AT_IMPORT + "multiprocessing.Pool(3)\n");
        write(root, "b.py", LAMBDA_TO_POOL);

        Cli.Result text = run("check", "--statistics", root);
        Cli.Result json = run("check", "--statistics", "--output-format", "json", root);

        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).isEqualTo("""
                    2  GIL201  process-start-without-main-guard
                    1  GIL202  unpicklable-callable-to-process-pool
                """);
        assertThat(json.json().toString()).isEqualTo("[{\"code\":\"GIL201\","
                + "\"name\":\"process-start-without-main-guard\",\"count\":2},{\"code\":\"GIL202\","
                + "\"name\":\"unpicklable-callable-to-process-pool\",\"count\":1}]");
    }

    @Test
    void statisticsOfACleanProjectAreEmpty() {
        write(root, "ok.py", "x = 1\n");

        Cli.Result result = run("check", "--statistics", "--exit-zero", root);

        assertThat(result.out()).isEmpty();
        assertThat(result.exit()).isZero();
    }

    @Test
    void statisticsGoToTheOutputFile() throws IOException {
        write(root, "a.py", POOL_AT_IMPORT);
        Path report = root.resolve("stats.txt");

        Cli.Result result = run("check", "--statistics", "--output", report, root);

        assertThat(result.out()).isEmpty();
        assertThat(Files.readString(report))
                .isEqualTo("    1  GIL201  process-start-without-main-guard\n");
    }

    /** Every file below {@code dir} with its size and modification time. */
    static Map<Path, String> snapshot(Path dir) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                FileTime modified = Files.getLastModifiedTime(p);
                files.put(p, Files.isDirectory(p) ? "dir"
                        : Files.size(p) + " " + modified + " " + Files.readString(p).hashCode());
            }
        }
        return files;
    }
}
