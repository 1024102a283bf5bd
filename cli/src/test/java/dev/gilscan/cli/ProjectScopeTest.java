package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.run;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis scope is the project, the report scope the files named: findings do not depend on
 * the folder a check starts in, and {@code check main.py} knows the modules {@code main.py}
 * imports. The fixture {@code test-fixtures/scan-root/workspace/photo-tools} is a small project
 * whose {@code main.py} calls, at import, a helper of its {@code thumbs} package that starts a
 * process pool; beside it, {@code legacy-tools} has a {@code thumbs} package of its own.
 */
class ProjectScopeTest {
    private static final Path SCAN_ROOT = Cli.fixtures().resolve("scan-root");
    private static final Path PROJECT = SCAN_ROOT.resolve("workspace/photo-tools");

    /** The cross-file finding: main.py's import-time call of a helper that starts a pool. */
    private static final String MAIN_FINDING = "main.py:13:10 GIL201 `fit_all_fresh(SIZES)` starts"
            + " a process pool (`ProcessPoolExecutor(max_workers=workers)` in"
            + " `thumbs.pool.fresh_pool` on line 11 of `thumbs/pool.py`) while the module is"
            + " imported";

    /**
     * The findings of {@code check --output-format json PATH...} in the project, each as its
     * path from the project root, line, column, rule and message.
     */
    private static List<String> findings(Path project, Object... paths) {
        List<Object> args = new ArrayList<>(List.of("check", "--output-format", "json",
                "--exit-zero"));
        args.addAll(List.of(paths));
        Cli.Result result = run(args.toArray());
        assertThat(result.err()).isEmpty();
        assertThat(result.exit()).isZero();
        List<String> out = new ArrayList<>();
        for (JsonNode f : result.json()) {
            Path file = Path.of(f.path("filename").asText()).toAbsolutePath().normalize();
            String where = file.startsWith(project) ? project.relativize(file).toString()
                    : file.toString();
            out.add(where + ":" + f.at("/location/row").asInt() + ":"
                    + f.at("/location/column").asInt() + " " + f.path("code").asText() + " "
                    + f.path("message").asText());
        }
        return out;
    }

    @Test
    void aProjectGivesTheSameFindingsFromItsRootAndFromTwoFoldersAbove() {
        List<String> fromRoot = findings(PROJECT, PROJECT);

        assertThat(fromRoot).hasSize(2);
        assertThat(fromRoot.get(0)).startsWith(MAIN_FINDING);
        assertThat(fromRoot.get(1)).startsWith("thumbs/pool.py:6:10 GIL201");
        assertThat(findings(PROJECT, PROJECT.getParent())).isEqualTo(fromRoot);
        assertThat(findings(PROJECT, SCAN_ROOT)).isEqualTo(fromRoot);
    }

    @Test
    void theSarifReportIsTheSameBytesFromTheRootAndFromTwoFoldersAbove() {
        Cli.Result fromRoot = run("check", "--output-format", "sarif", "--exit-zero", PROJECT);
        Cli.Result fromAbove = run("check", "--output-format", "sarif", "--exit-zero",
                SCAN_ROOT);

        assertThat(fromRoot.out()).contains("thumbs.pool.fresh_pool");
        assertThat(fromAbove.out()).isEqualTo(fromRoot.out());
    }

    @Test
    void checkingOneFileReportsOnlyItWithTheFindingsItHasInTheWholeProject() {
        List<String> whole = findings(PROJECT, PROJECT);
        List<String> mainOnly = findings(PROJECT, PROJECT.resolve("main.py"));

        assertThat(mainOnly).hasSize(1);
        assertThat(mainOnly.get(0)).startsWith(MAIN_FINDING);
        assertThat(mainOnly).isEqualTo(whole.stream().filter(f -> f.startsWith("main.py:"))
                .toList());
        assertThat(findings(PROJECT, PROJECT.resolve("thumbs/resize.py"))).isEmpty();
    }

    @Test
    void theProjectsOtherFilesAreAnalyzedButTheirProblemsAreNotReported(@TempDir Path tmp)
            throws IOException {
        Path project = Cli.copy(PROJECT, tmp.resolve("photo-tools"));
        write(project, "scripts/broken.py", "def (:\n");

        assertThat(findings(project, project.resolve("main.py"))).hasSize(1);
        Cli.Result whole = run("check", "--output-format", "concise", "--exit-zero", project);
        assertThat(whole.err()).contains("broken.py:1:");
    }

    @Test
    void excludedFilesAreLeftOutOfTheAnalysisOfANamedFile(@TempDir Path tmp) throws IOException {
        Path project = Cli.copy(PROJECT, tmp.resolve("photo-tools"));
        write(project, "pyproject.toml", "[tool.gilscan]\nexclude = [\"thumbs/pool.py\"]\n");

        assertThat(findings(project, project.resolve("main.py"))).isEmpty();
        assertThat(findings(project, project)).isEmpty();
    }

    @Test
    void declaredSourceRootsAreWhereModuleNamesStart(@TempDir Path tmp) throws IOException {
        Path project = tmp.resolve("photo-tools");
        Cli.copy(PROJECT.resolve("main.py"), project.resolve("main.py"));
        Cli.copy(PROJECT.resolve("thumbs"), project.resolve("lib/python/thumbs"));
        write(project, "pyproject.toml", "");
        String undeclared = findings(project, project.resolve("main.py")).get(0);
        write(project, "pyproject.toml", "[tool.gilscan]\nsrc = [\"lib/python\"]\n");

        assertThat(undeclared).contains("`lib.python.thumbs.pool.fresh_pool`");
        assertThat(findings(project, project.resolve("main.py"))).singleElement().asString()
                .startsWith(MAIN_FINDING);
    }

    @Test
    void aFileOutsideEveryProjectIsAnalyzedWithTheFilesNamedBesideIt(@TempDir Path tmp) {
        write(tmp, "loose/helper.py", """
                from concurrent.futures import ProcessPoolExecutor

                def start():
                    return ProcessPoolExecutor()
                """);
        Path main = write(tmp, "loose/main.py", "import helper\n\nPOOL = helper.start()\n");
        Path loose = tmp.resolve("loose");

        assertThat(findings(loose, main)).isEmpty();
        assertThat(findings(loose, main, loose.resolve("helper.py")))
                .singleElement().asString().startsWith("main.py:3:8 GIL201");
    }
}
