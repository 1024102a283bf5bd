package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.LAMBDA_TO_POOL;
import static dev.gilscan.cli.Cli.POOL_AT_IMPORT;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gilscan.analyzer.rule.TargetVersion;
import dev.gilscan.lsp.Editor;
import dev.gilscan.settings.Overrides;
import dev.gilscan.settings.Settings;
import dev.gilscan.settings.SettingsException;
import dev.gilscan.settings.SettingsSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings of {@code gilscan server}, read from {@code [tool.gilscan]} and combined with the
 * options where {@code gilscan check} reads and combines them: the nearest table to each file,
 * its patterns, and the same findings as the check's.
 */
class ServerConfigTest {
    @TempDir
    Path root;

    private Editor server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void discoverReadsTheNearestTableAboveTheFolder() throws Exception {
        write(root, "pyproject.toml", "[tool.gilscan]\nselect = [\"GIL3\"]\n");
        Path lib = write(root, "lib/pyproject.toml", """
                [project]
                name = "lib"

                [tool.gilscan]
                ignore = ["GIL202"]
                exclude = ["generated/"]
                target-version = "py312"
                max-file-size = "2MiB"
                """);
        write(root, "lib/pkg/a.py", POOL_AT_IMPORT);

        Settings config = settings(root.resolve("lib/pkg"));

        assertThat(config.project().file()).isEqualTo(lib.toAbsolutePath());
        assertThat(config.project().selection().select()).isNull();
        assertThat(config.project().selection().ignore()).containsExactly("GIL202");
        assertThat(config.target()).isEqualTo(TargetVersion.parse("py312"));
        assertThat(config.excludes().ignores(root.resolve("lib/generated").toAbsolutePath(), true))
                .isTrue();
        assertThat(config.excludes().ignores(root.resolve("lib/pkg").toAbsolutePath(), true))
                .isNull();
        assertThat(config.maxFileSize()).isEqualTo(2L * 1024 * 1024);
        assertThat(settings(root).project().selection().select()).containsExactly("GIL3");
        assertThat(settings(root).maxFileSize()).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void anInvalidTableIsAnErrorNamingTheFileAndTheKey() {
        Path toml = write(root, "pyproject.toml", "[tool.gilscan]\nline-length = 88\n");

        assertThat(catchThrowable(() -> settings(root)))
                .isInstanceOf(SettingsException.class)
                .hasMessage(toml + ": unknown key `line-length` in [tool.gilscan] (known keys:"
                        + " cache-dir, exclude, extend-exclude, extend-select, fix, force-exclude,"
                        + " ignore, max-file-size, per-file-ignores, select, src, target-version,"
                        + " thread-entry-points, unsafe-fixes)");
    }

    @Test
    void theServerAppliesTheTableNearestEachFileAndItsExcludes() throws Exception {
        write(root, "pyproject.toml", "[tool.gilscan]\nselect = [\"GIL3\"]\n");
        write(root, "lib/pyproject.toml", """
                [tool.gilscan]
                ignore = ["GIL202"]
                exclude = ["generated/"]
                """);
        start();

        List<Diagnostic> atRoot = open(root.resolve("a.py"), POOL_AT_IMPORT);
        List<Diagnostic> inLib = open(root.resolve("lib/a.py"), POOL_AT_IMPORT + LAMBDA_TO_POOL);
        List<Diagnostic> generated = open(root.resolve("lib/generated/a.py"), POOL_AT_IMPORT);

        assertThat(atRoot).isEmpty();
        assertThat(inLib).extracting(d -> d.getCode().getLeft()).containsExactly("GIL201");
        assertThat(generated).isEmpty();
        assertThat(server.messages).isEmpty();
    }

    @Test
    void theServerNamesModulesFromTheDeclaredSourceRootsAsCheckDoes() throws Exception {
        Path project = Cli.fixtures().resolve("scan-root/workspace/photo-tools");
        Cli.copy(project.resolve("thumbs"), root.resolve("lib/python/thumbs"));
        write(root, "pyproject.toml", "[tool.gilscan]\nsrc = [\"lib/python\"]\n");
        start();

        List<Diagnostic> diagnostics = open(root.resolve("main.py"),
                Files.readString(project.resolve("main.py")));

        assertThat(settings(root).src())
                .containsExactly(root.resolve("lib/python").toAbsolutePath());
        assertThat(diagnostics).singleElement()
                .satisfies(d -> assertThat(d.getMessage().getLeft())
                        .contains("`thumbs.pool.fresh_pool`"));
    }

    @Test
    void theServerAppliesPerFileIgnoresExtendSelectAndExtendExcludeAsTheCheckDoes()
            throws Exception {
        write(root, "pyproject.toml", """
                [tool.gilscan]
                select = ["GIL1"]
                extend-select = ["GIL20"]
                extend-exclude = ["vendor/"]

                [tool.gilscan.per-file-ignores]
                "tests/" = ["GIL201"]
                """);
        start();

        List<Diagnostic> app = open(root.resolve("app.py"), POOL_AT_IMPORT);
        List<Diagnostic> test = open(root.resolve("tests/t.py"), POOL_AT_IMPORT + LAMBDA_TO_POOL);
        List<Diagnostic> vendored = open(root.resolve("vendor/v.py"), POOL_AT_IMPORT);

        assertThat(app).extracting(d -> d.getCode().getLeft()).containsExactly("GIL201");
        assertThat(test).extracting(d -> d.getCode().getLeft()).containsExactly("GIL202");
        assertThat(vendored).isEmpty();
        assertThat(server.messages).isEmpty();
    }

    /**
     * The server and {@code gilscan check} agree on a project whose {@code [tool.gilscan]}
     * uses every setting the scan reads: each file opened in the editor gets exactly the
     * diagnostics the check reports for it (rule, line, column, message), and the files the
     * check leaves out get none.
     */
    @Test
    void everyFileGetsTheFindingsOfTheCheckWhateverTheSettings() throws Exception {
        write(root, "pyproject.toml", """
                [tool.gilscan]
                select = ["GIL2"]
                extend-select = ["GIL101", "GIL301"]
                ignore = ["GIL204"]
                exclude = ["generated/"]
                extend-exclude = ["vendor/"]
                target-version = "py311"
                max-file-size = "1KiB"
                src = ["lib/python"]
                thread-entry-points = ["myapp.worker:Worker.process"]

                [tool.gilscan.per-file-ignores]
                "tests/" = ["GIL201"]
                """);
        write(root, "app.py", POOL_AT_IMPORT + "\n\n" + LAMBDA_TO_POOL);
        write(root, "tests/test_app.py", POOL_AT_IMPORT + "\n\n" + LAMBDA_TO_POOL);
        write(root, "generated/g.py", POOL_AT_IMPORT);
        write(root, "vendor/v.py", POOL_AT_IMPORT);
        write(root, "big.py", POOL_AT_IMPORT + "# padding\n".repeat(120));
        write(root, "new_syntax.py", "type Alias = int\n");
        write(root, "myapp/__init__.py", "");
        write(root, "myapp/worker.py", "class Worker:\n    def __init__(self):\n"
                + "        self.done = 0\n\n    def process(self, job):\n        self.done += 1\n");
        Files.copy(Cli.fixtures().resolve("examples/crunch.py"), root.resolve("crunch.py"));
        Path photos = Cli.fixtures().resolve("scan-root/workspace/photo-tools");
        Cli.copy(photos.resolve("thumbs"), root.resolve("lib/python/thumbs"));
        Files.copy(photos.resolve("main.py"), root.resolve("main.py"));

        List<String> fromCheck = new ArrayList<>();
        for (JsonNode f : Cli.run("check", "--output-format", "json", "--no-cache", root)
                .json()) {
            fromCheck.add(entry(Path.of(f.path("filename").asText()).toAbsolutePath(),
                    f.at("/location/row").asInt(), f.at("/location/column").asInt(),
                    f.path("code").isNull() ? "-" : f.path("code").asText(),
                    f.path("message").asText()));
        }
        start();
        List<String> fromEditor = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> all = Files.walk(root)) {
            files = all.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        for (Path file : files) {
            for (Diagnostic d : open(file, Files.readString(file))) {
                fromEditor.add(entry(file.toAbsolutePath(), d.getRange().getStart().getLine() + 1,
                        d.getRange().getStart().getCharacter() + 1,
                        d.getCode() == null ? "-" : d.getCode().getLeft(),
                        d.getMessage().getLeft()));
            }
        }

        // Each setting shows: GIL204 ignored, GIL201 left out of tests/, the excluded folders,
        // the size limit, py311's syntax, the src root's module names, the entry point, GIL101.
        assertThat(fromCheck).noneMatch(e -> e.contains(" GIL204 ")).anyMatch(e -> e.startsWith(
                root.resolve("tests/test_app.py") + ":")).noneMatch(e -> e.startsWith(
                root.resolve("tests/test_app.py") + ":2:"))
                .noneMatch(e -> e.contains("generated") || e.contains("vendor"))
                .anyMatch(e -> e.contains("big.py:1:1: - file too large"))
                .anyMatch(e -> e.contains("new_syntax.py:1:"))
                .anyMatch(e -> e.contains("`thumbs.pool.fresh_pool`"))
                .anyMatch(e -> e.contains("worker.py:6:9: GIL301"))
                .anyMatch(e -> e.contains("crunch.py:20:16: GIL101"));
        assertThat(fromEditor).containsExactlyInAnyOrderElementsOf(fromCheck);
        assertThat(server.messages).isEmpty();
    }

    private static String entry(Path file, int line, int column, String code, String message) {
        return file + ":" + line + ":" + column + ": " + code + " " + message;
    }

    /** The settings the server reads for a folder's files, with no options over them. */
    private static Settings settings(Path folder) throws SettingsException {
        return SettingsSource.of(Cli.RULES).settings(folder, Overrides.none());
    }

    /** Starts the server on {@code root} with the settings {@code gilscan check} reads. */
    private void start() throws java.io.IOException {
        server = Editor.inProcess(SettingsSource.of(Cli.RULES));
        server.initialize(root, new com.google.gson.JsonObject());
    }

    /** Opens a file with {@code text} and returns the diagnostics published for it. */
    private List<Diagnostic> open(Path file, String text) {
        server.open(file, text);
        return server.diagnostics(file);
    }
}
