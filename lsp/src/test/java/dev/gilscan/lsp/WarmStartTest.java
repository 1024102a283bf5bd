package dev.gilscan.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.gilscan.settings.SettingsSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first diagnostics of a file just opened come from the results cache when its project's
 * entry is current: a first session stores the entry, a second one publishes the entry's
 * findings before its own analysis, which it publishes afterwards only if they differ. The
 * {@link SessionRule} names the session in its message, so the two tell apart.
 */
class WarmStartTest {
    private static final String APP = "import helpers\nmark()\n";
    private static final String HELPERS = "def f():\n    mark()\n";

    @TempDir
    Path root;

    private Path app;
    private Path helpers;
    private Editor editor;

    @BeforeEach
    void project() throws Exception {
        Files.writeString(root.resolve("pyproject.toml"), "[tool.gilscan]\n");
        app = Files.writeString(root.resolve("app.py"), APP);
        helpers = Files.writeString(root.resolve("helpers.py"), HELPERS);
    }

    @AfterEach
    void close() throws Exception {
        if (editor != null) {
            editor.close();
        }
    }

    /**
     * A session with the cache in {@code .gilscan_cache} of the workspace folder (the build
     * sets {@code GILSCAN_CACHE_DIR} for all tests; the option goes first) and {@code more}
     * options.
     */
    private Editor session(int number, String more) throws Exception {
        String options = "{\"cacheDir\": \".gilscan_cache\"" + more + "}";
        if (editor != null) {
            assertThat(editor.shutdownAndExit()).isZero();
            editor.close();
        }
        SessionRule.session = number;
        editor = Editor.inProcess(SettingsSource.of(List.of(new SessionRule())));
        editor.initialize(root, JsonParser.parseString(options));
        return editor;
    }

    private List<Path> entries() throws Exception {
        Path versions = root.resolve(".gilscan_cache");
        if (!Files.isDirectory(versions)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(versions)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getParent().equals(versions)).toList();
        }
    }

    /** A first session opens {@code app.py}; the server stores the project's results. */
    private void warmUp() throws Exception {
        session(1, "");
        editor.open(app, APP);
        assertThat(messages(editor.diagnostics(app))).containsExactly("`mark()` seen by session 1");
        long deadline = System.nanoTime() + Editor.HANG_GUARD.toNanos();
        while (entries().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(entries()).hasSize(1);
    }

    private static List<String> messages(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.getMessage().getLeft()).toList();
    }

    @Test
    void aWarmCacheGivesTheOpenedFilesFindingsBeforeTheAnalysis() throws Exception {
        warmUp();
        session(2, "");
        editor.open(app, APP);

        List<Diagnostic> first = editor.diagnostics(app);
        List<Diagnostic> then = editor.diagnostics(app);

        // The entry's finding in app.py only (helpers.py has one too), then the analysis's.
        assertThat(messages(first)).containsExactly("`mark()` seen by session 1");
        assertThat(first.get(0).getRange().getStart().getLine()).isEqualTo(1);
        assertThat(messages(then)).containsExactly("`mark()` seen by session 2");
    }

    @Test
    void aFileChangedOnDiskKeepingItsSizeAndTimeDoesNotUseTheEntry() throws Exception {
        warmUp();
        FileTime time = Files.getLastModifiedTime(helpers);
        Files.writeString(helpers, HELPERS.replace("f()", "g()"));
        Files.setLastModifiedTime(helpers, time);

        assertThat(firstInSecondSession("", APP)).containsExactly("`mark()` seen by session 2");
    }

    @Test
    void aBufferThatIsNotTheFileOnDiskDoesNotUseTheEntry() throws Exception {
        warmUp();

        assertThat(firstInSecondSession("", APP + "\n"))
                .containsExactly("`mark()` seen by session 2");
    }

    @Test
    void noCacheDoesNotReadTheEntry() throws Exception {
        warmUp();

        assertThat(firstInSecondSession(", \"noCache\": true", APP))
                .containsExactly("`mark()` seen by session 2");
    }

    /** The messages first published for app.py opened with {@code text} in session 2. */
    private List<String> firstInSecondSession(String options, String text) throws Exception {
        session(2, options);
        editor.open(app, text);
        return messages(editor.diagnostics(app));
    }

    @Test
    void theCacheDirOptionPlacesTheEntries() throws Exception {
        SessionRule.session = 1;
        editor = Editor.inProcess(SettingsSource.of(List.of(new SessionRule())));
        editor.initialize(root, JsonParser.parseString("{\"cacheDir\": \"elsewhere\"}"));
        editor.open(app, APP);
        editor.diagnostics(app);
        Path elsewhere = root.resolve("elsewhere/test");
        long deadline = System.nanoTime() + Editor.HANG_GUARD.toNanos();
        while (!Files.isDirectory(elsewhere) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertThat(elsewhere).isDirectory();
    }
}
