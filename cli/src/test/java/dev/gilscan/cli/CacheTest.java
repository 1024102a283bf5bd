package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.run;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check}'s cache: a second check with nothing changed reuses the stored results (the entry
 * is not written again), an edit re-analyzes, a damaged entry is ignored and rewritten, and the
 * report is the same with the cache warm, cold or off.
 */
class CacheTest {
    @TempDir
    Path dir;

    private Path project;
    private Path cacheDir;
    private final Map<String, String> env = new java.util.HashMap<>();

    @BeforeEach
    void project() throws IOException {
        project = dir.resolve("project");
        write(project, "pyproject.toml", "[tool.gilscan]\n");
        write(project, "app.py", Cli.POOL_AT_IMPORT);
        write(project, "jobs.py", Cli.LAMBDA_TO_POOL);
        write(project, "helpers.py", """
                from concurrent.futures import ProcessPoolExecutor

                def pool():
                    return ProcessPoolExecutor()
                """);
        write(project, "main.py", "import helpers\nhelpers.pool()\n");
        cacheDir = project.resolve(".gilscan_cache");
        CheckCommand.environment = env::get;
    }

    @AfterEach
    void environment() {
        CheckCommand.environment = System::getenv;
    }

    private Cli.Result sarif(Object... options) {
        return check("sarif", options);
    }

    private Cli.Result concise(Object... options) {
        return check("concise", options);
    }

    private Cli.Result check(String format, Object... options) {
        List<Object> args = new java.util.ArrayList<>(List.of("check", "--output-format",
                format, "--exit-zero"));
        args.addAll(List.of(options));
        args.add(project.resolve("app.py"));
        args.add(project.resolve("main.py"));
        args.add(project.resolve("jobs.py"));
        Cli.Result result = run(args.toArray());
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
        return result;
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.walk(cacheDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getParent().equals(cacheDir)).sorted().toList();
        }
    }

    /** Sets every entry's time far back, so a rewrite shows. */
    private void age() throws IOException {
        for (Path entry : entries()) {
            Files.setLastModifiedTime(entry, FileTime.fromMillis(0));
        }
    }

    private boolean rewritten() throws IOException {
        return entries().stream().anyMatch(p -> {
            try {
                return Files.getLastModifiedTime(p).toMillis() != 0;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void aSecondCheckReusesTheResultsAndReportsTheSame() throws IOException {
        String uncached = sarif("--no-cache").out();
        assertThat(cacheDir).doesNotExist();
        String cold = sarif().out();
        assertThat(entries()).hasSize(1);
        assertThat(Files.readString(cacheDir.resolve(".gitignore"))).contains("\n*\n");
        age();
        String warm = sarif().out();
        assertThat(rewritten()).as("a hit is not written again").isFalse();
        assertThat(warm).isEqualTo(cold).isEqualTo(uncached);
        assertThat(warm).contains("GIL201").contains("GIL202");
    }

    @Test
    void anEditedFileIsAnalyzedAgain() throws IOException {
        String before = concise().out();
        assertThat(before).contains("main.py:2:1: GIL201");
        age();
        // main.py no longer calls the helper at import: its cross-file finding goes.
        write(project, "main.py", "import helpers\n\ndef later():\n    helpers.pool()\n");
        String afterEdit = concise().out();
        assertThat(rewritten()).isTrue();
        assertThat(afterEdit).doesNotContain("main.py:").isEqualTo(concise("--no-cache").out());
        // An edit of a file that is not reported on changes the reported file's findings too.
        write(project, "main.py", "import helpers\nhelpers.pool()\n");
        assertThat(concise().out()).isEqualTo(before);
        write(project, "helpers.py", "def pool():\n    return None\n");
        String helperEdited = concise().out();
        assertThat(helperEdited).doesNotContain("main.py:")
                .isEqualTo(concise("--no-cache").out());
    }

    @Test
    void anExcludedInitFileStillCountsForModuleNames() throws IOException {
        // In a folder whose name is not an identifier, app/__init__.py makes work.py `app.work`;
        // without it the module is `work`, and main.py's import no longer finds the pool.
        write(project, "pyproject.toml", "[tool.gilscan]\nexclude = [\"tools-x/app/__init__.py\"]\n");
        write(project, "tools-x/app/__init__.py", "");
        write(project, "tools-x/app/work.py", """
                from concurrent.futures import ProcessPoolExecutor

                def start():
                    return ProcessPoolExecutor()
                """);
        Path main = write(project, "tools-x/app/main.py", "from app.work import start\nstart()\n");
        Cli.Result with = run("check", "--output-format", "concise", "--exit-zero", main);
        assertThat(with.out()).contains("main.py:2:1: GIL201");
        Files.delete(project.resolve("tools-x/app/__init__.py"));
        Cli.Result without = run("check", "--output-format", "concise", "--exit-zero", main);
        assertThat(without.out()).isEqualTo(run("check", "--output-format", "concise",
                "--exit-zero", "--no-cache", main).out()).doesNotContain("GIL201");
    }

    @Test
    void aDamagedEntryIsIgnoredAndRewritten() throws IOException {
        String cold = sarif().out();
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Cli.Result result = sarif();
        assertThat(result.out()).isEqualTo(cold);
        assertThat(result.err()).isEmpty();
        assertThat(Files.readAllBytes(entry)).isEqualTo(bytes);
        Files.writeString(entry, "garbage");
        assertThat(sarif().out()).isEqualTo(cold);
    }

    @Test
    void theFolderComesFromTheOptionTheEnvironmentOrTheConfiguration() throws IOException {
        Path option = dir.resolve("from-option");
        sarif("--cache-dir", option);
        assertThat(option.resolve(".gitignore")).exists();
        assertThat(cacheDir).doesNotExist();

        Path fromEnv = dir.resolve("from-env");
        env.put("GILSCAN_CACHE_DIR", fromEnv.toString());
        sarif();
        assertThat(fromEnv.resolve(".gitignore")).exists();
        env.clear();

        write(project, "pyproject.toml", "[tool.gilscan]\ncache-dir = \"build/cache\"\n");
        sarif();
        assertThat(project.resolve("build/cache/.gitignore")).exists();
        assertThat(cacheDir).doesNotExist();

        env.put("GILSCAN_NO_CACHE", "1");
        Files.writeString(project.resolve("pyproject.toml"), "[tool.gilscan]\n");
        sarif();
        assertThat(cacheDir).doesNotExist();
    }

    @Test
    void aCacheThatCannotBeWrittenIsReportedOnceAndChangesNothing() throws IOException {
        String uncached = concise("--no-cache").out();
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the cache folder would go");
        List<Object> args = new java.util.ArrayList<>(List.of("check", "--output-format",
                "concise", "--exit-zero", "--cache-dir", blocked.resolve("cache")));
        args.add(project);
        Cli.Result result = run(args.toArray());
        assertThat(result.out()).isEqualTo(run("check", "--output-format", "concise",
                "--exit-zero", "--no-cache", project).out());
        assertThat(result.err().lines().toList()).singleElement().asString()
                .startsWith("gilscan: warning: cannot write the cache in " + blocked
                        .resolve("cache") + ": ");
        assertThat(concise("--cache-dir", blocked.resolve("cache")).out()).isEqualTo(uncached);
    }

    @Test
    void theCacheFolderIsNotChecked() throws IOException {
        sarif();
        write(cacheDir, "stray.py", Cli.POOL_AT_IMPORT);
        Cli.Result files = run("check", "--show-files", project);
        assertThat(files.out()).doesNotContain(".gilscan_cache");
        assertThat(files.out()).contains("app.py");
    }
}
