package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.lsp.Editor;
import dev.gilscan.lsp.SessionRule;
import dev.gilscan.settings.SettingsSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gilscan check} and the language server share the results cache: the entry a check of
 * the project stores gives an editor opening one of its files its first diagnostics, and the
 * entry the editor stores gives a later check its results. {@link SessionRule} names who
 * analyzed in its message.
 */
class EditorCacheTest {
    private static final List<Check> RULES = Cli.rulesAnd(new SessionRule());
    private static final String APP = "import helpers\nmark()\n";

    @TempDir
    Path root;

    private Editor editor;

    @AfterEach
    void stop() throws Exception {
        if (editor != null) {
            editor.close();
        }
    }

    private String check(int session) {
        SessionRule.session = session;
        return Cli.runWith(RULES, "", "check", "--output-format", "concise", "--exit-zero",
                "--cache-dir", root.resolve(".gilscan_cache"), root).out();
    }

    private List<String> open(int session, Path file, String text) throws Exception {
        SessionRule.session = session;
        editor = Editor.inProcess(SettingsSource.of(RULES),
                new GilscanCommand.Version().versionNumber());
        editor.initialize(root, JsonParser.parseString("{\"cacheDir\": \".gilscan_cache\"}"));
        editor.open(file, text);
        return editor.diagnostics(file).stream().map(d -> d.getMessage().getLeft()).toList();
    }

    private List<Path> entries() throws Exception {
        Path cache = root.resolve(".gilscan_cache");
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getParent().equals(cache)).toList();
        }
    }

    @Test
    void aCheckWarmsTheEditorAndTheEditorACheck() throws Exception {
        Path app = write(root, "app.py", APP);
        write(root, "helpers.py", "def f():\n    mark()\n");
        write(root, "pool.py", Cli.POOL_AT_IMPORT);
        assertThat(check(1)).contains("app.py:2:1: TST801 `mark()` seen by session 1");

        assertThat(open(2, app, APP)).containsExactly("`mark()` seen by session 1");
        List<Diagnostic> analyzed = editor.diagnostics(app);
        assertThat(analyzed).extracting(d -> d.getMessage().getLeft())
                .containsExactly("`mark()` seen by session 2");
        assertThat(editor.shutdownAndExit()).isZero();
        editor.close();

        for (Path entry : entries()) {
            Files.delete(entry);
        }
        assertThat(open(3, app, APP)).containsExactly("`mark()` seen by session 3");
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (entries().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(editor.shutdownAndExit()).isZero();

        // The editor's entry holds every file of the project, as the check's does.
        assertThat(check(4)).contains("app.py:2:1: TST801 `mark()` seen by session 3")
                .contains("helpers.py:2:5: TST801 `mark()` seen by session 3")
                .contains("pool.py:2:1: GIL201").doesNotContain("session 4");
    }
}
