package dev.gilscan.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.gilscan.analyzer.rule.TargetVersion;
import dev.gilscan.settings.ProjectSettings;
import dev.gilscan.settings.SettingsSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageServerTest {
    private static final String POOL = """
            from concurrent.futures import ProcessPoolExecutor

            pool = ProcessPoolExecutor()
            """;

    @TempDir
    Path root;

    private Editor editor;

    @AfterEach
    void close() throws Exception {
        if (editor != null) {
            editor.close();
        }
    }

    private Editor start(SettingsSource source, String options) throws Exception {
        editor = Editor.inProcess(source);
        editor.initialize(root, JsonParser.parseString(options));
        return editor;
    }

    private Editor start() throws Exception {
        return start(Editor.noFiles(), "{}");
    }

    @Test
    void publishesTheFindingsOfAnOpenedBuffer() throws Exception {
        start();
        Path file = root.resolve("app.py");
        editor.open(file, POOL);

        List<Diagnostic> diagnostics = editor.diagnostics(file);

        assertThat(diagnostics).hasSize(1);
        Diagnostic d = diagnostics.get(0);
        assertThat(d.getRange()).isEqualTo(new Range(new Position(2, 7), new Position(2, 28)));
        assertThat(d.getCode().getLeft()).isEqualTo("GIL201");
        assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
        assertThat(d.getSource()).isEqualTo("gilscan");
        assertThat(d.getCodeDescription().getHref())
                .isEqualTo("https://github.com/gilscan/gilscan/blob/main/docs/rules/GIL201.md");
        assertThat(d.getMessage().getLeft()).startsWith("`ProcessPoolExecutor()` starts a process"
                + " pool while the module is imported");
    }

    @Test
    void rangesCountUtf16CodeUnits() throws Exception {
        start();
        Path file = root.resolve("app.py");
        editor.open(file, "from concurrent.futures import ProcessPoolExecutor\n\n"
                + "s = \"\uD83D\uDE00é\"; pool = ProcessPoolExecutor()\n");

        Diagnostic d = editor.diagnostics(file).get(0);

        assertThat(d.getRange().getStart()).isEqualTo(new Position(2, 18));
        assertThat(d.getRange().getEnd()).isEqualTo(new Position(2, 39));
    }

    @Test
    void analyzesTheBufferOnSaveWithTheOtherFilesFromDisk() throws Exception {
        Files.writeString(root.resolve("helpers.py"), """
                import multiprocessing


                def start():
                    return multiprocessing.Pool(2)
                """);
        start();
        Path file = root.resolve("app.py");
        editor.open(file, "import helpers\n");
        assertThat(editor.diagnostics(file)).isEmpty();

        editor.change(file, "import helpers\n\nworkers = helpers.start()\n");
        editor.save(file);
        List<Diagnostic> diagnostics = editor.diagnostics(file);

        assertThat(diagnostics).hasSize(1);
        assertThat(diagnostics.get(0).getRelatedInformation())
                .anySatisfy(r -> {
                    assertThat(r.getLocation().getUri()).isEqualTo(Uris.of(
                            root.resolve("helpers.py").toAbsolutePath()));
                    assertThat(r.getMessage()).isEqualTo("the processes start here");
                });
    }

    @Test
    void aBufferIsAnalyzedWithItsOwnProjectWhateverFolderTheWorkspaceIs() throws Exception {
        Path workspace = Path.of("..", "test-fixtures", "scan-root").toAbsolutePath().normalize();
        editor = Editor.inProcess(Editor.noFiles());
        editor.initialize(workspace, JsonParser.parseString("{}"));
        Path file = workspace.resolve("workspace/photo-tools/main.py");
        editor.open(file, Files.readString(file));

        List<Diagnostic> diagnostics = editor.diagnostics(file);

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.getCode().getLeft()).isEqualTo("GIL201");
            assertThat(d.getRange().getStart()).isEqualTo(new Position(12, 9));
            assertThat(d.getMessage().getLeft()).contains("`thumbs.pool.fresh_pool`");
        });
    }

    @Test
    void theNoqaQuickFixSuppressesTheFinding() throws Exception {
        start();
        Path file = root.resolve("app.py");
        editor.open(file, POOL);
        Diagnostic d = editor.diagnostics(file).get(0);

        CodeAction noqa = editor.codeActions(file, d.getRange()).stream()
                .filter(a -> a.getTitle().contains("noqa")).findFirst().orElseThrow();
        String fixed = Editor.apply(POOL, noqa.getEdit().getChanges());
        editor.change(file, fixed);
        editor.save(file);

        assertThat(fixed).contains("pool = ProcessPoolExecutor()  # noqa: GIL201\n");
        assertThat(editor.diagnostics(file)).isEmpty();
    }

    @Test
    void theNoqaQuickFixExtendsTheListOfARealNoqaComment() throws Exception {
        String fixed = suppressedWithTheNoqaQuickFix("""
                from concurrent.futures import ProcessPoolExecutor

                pool = ProcessPoolExecutor()  # noqa: GIL101 (kept)
                """);

        assertThat(fixed).isEqualTo("""
                from concurrent.futures import ProcessPoolExecutor

                pool = ProcessPoolExecutor()  # noqa: GIL101, GIL201 (kept)
                """);
    }

    @Test
    void theNoqaQuickFixLeavesANoqaInsideAStringAlone() throws Exception {
        String fixed = suppressedWithTheNoqaQuickFix("""
                from concurrent.futures import ProcessPoolExecutor

                pool = ProcessPoolExecutor(initargs=("# noqa: GIL101",))
                """);

        assertThat(fixed).isEqualTo("""
                from concurrent.futures import ProcessPoolExecutor

                pool = ProcessPoolExecutor(initargs=("# noqa: GIL101",))  # noqa: GIL201
                """);
    }

    @Test
    void theNoqaQuickFixGoesAtTheEndOfAStringSpanningLines() throws Exception {
        String fixed = suppressedWithTheNoqaQuickFix("""
                from concurrent.futures import ProcessPoolExecutor

                pool = ProcessPoolExecutor(initargs=(\"\"\"
                text
                \"\"\",))  # setup
                """);

        assertThat(fixed).isEqualTo("""
                from concurrent.futures import ProcessPoolExecutor

                pool = ProcessPoolExecutor(initargs=(\"\"\"
                text
                \"\"\",))  # setup  # noqa: GIL201
                """);
    }

    @Test
    void theNoqaQuickFixGoesAfterTheLinesABackslashContinues() throws Exception {
        String fixed = suppressedWithTheNoqaQuickFix("""
                from concurrent.futures import ProcessPoolExecutor

                pool = ProcessPoolExecutor(); size = \\
                    4 + \\
                    \"\"\"two
                lines\"\"\".count("n")
                """);

        assertThat(fixed).isEqualTo("""
                from concurrent.futures import ProcessPoolExecutor

                pool = ProcessPoolExecutor(); size = \\
                    4 + \\
                    \"\"\"two
                lines\"\"\".count("n")  # noqa: GIL201
                """);
    }

    /**
     * Opens {@code text}, whose one finding is a GIL201, applies its noqa quick fix, saves, checks
     * that the finding is gone, and returns the fixed text.
     */
    private String suppressedWithTheNoqaQuickFix(String text) throws Exception {
        start();
        Path file = root.resolve("app.py");
        editor.open(file, text);
        Diagnostic d = editor.diagnostics(file).stream()
                .filter(x -> x.getCode().getLeft().equals("GIL201")).findFirst().orElseThrow();

        CodeAction noqa = editor.codeActions(file, d.getRange()).stream()
                .filter(a -> a.getTitle().equals("Suppress with `# noqa: GIL201`"))
                .findFirst().orElseThrow();
        String fixed = Editor.apply(text, noqa.getEdit().getChanges());
        editor.change(file, fixed);
        editor.save(file);

        assertThat(editor.diagnostics(file)).isEmpty();
        return fixed;
    }

    @Test
    void theMainGuardQuickFixMovesTheStatementUnderAGuard() throws Exception {
        start();
        Path file = root.resolve("app.py");
        String text = """
                from concurrent.futures import ProcessPoolExecutor

                with ProcessPoolExecutor() as pool:
                    print(list(pool.map(abs, range(4))))
                """;
        editor.open(file, text);
        Diagnostic d = editor.diagnostics(file).get(0);

        CodeAction guard = editor.codeActions(file, d.getRange()).stream()
                .filter(a -> a.getTitle().contains("__main__")).findFirst().orElseThrow();
        String fixed = Editor.apply(text, guard.getEdit().getChanges());
        editor.change(file, fixed);
        editor.save(file);

        assertThat(fixed).isEqualTo("""
                from concurrent.futures import ProcessPoolExecutor

                if __name__ == "__main__":
                    with ProcessPoolExecutor() as pool:
                        print(list(pool.map(abs, range(4))))
                """);
        assertThat(editor.diagnostics(file)).isEmpty();
        // The fix is unsafe (code that ran on import no longer does): never applied unasked.
        assertThat(guard.getIsPreferred()).isNotEqualTo(Boolean.TRUE);
    }

    @Test
    void theWithLockQuickFixReplacesAcquireAndRelease() throws Exception {
        start();
        Path file = root.resolve("app.py");
        String text = """
                import threading

                lock = threading.Lock()
                counter = 0


                def bump(step):
                    global counter
                    lock.acquire()  # one at a time
                    # count it
                    counter += 1
                    if counter > int(step):
                        counter = 0
                    lock.release()
                    return counter
                """;
        editor.open(file, text);
        Diagnostic d = editor.diagnostics(file).stream()
                .filter(x -> x.getCode().getLeft().equals("GIL303")).findFirst().orElseThrow();

        CodeAction with = editor.codeActions(file, d.getRange()).stream()
                .filter(a -> a.getTitle().equals("Use `with lock:`")).findFirst().orElseThrow();
        String fixed = Editor.apply(text, with.getEdit().getChanges());
        editor.change(file, fixed);
        editor.save(file);

        assertThat(with.getIsPreferred()).isTrue();
        assertThat(fixed).isEqualTo("""
                import threading

                lock = threading.Lock()
                counter = 0


                def bump(step):
                    global counter
                    with lock:  # one at a time
                        # count it
                        counter += 1
                        if counter > int(step):
                            counter = 0
                    return counter
                """);
        assertThat(editor.diagnostics(file))
                .noneMatch(x -> x.getCode().getLeft().equals("GIL303"));
    }

    @Test
    void theWithLockQuickFixIndentsWithTabsInATabIndentedFile() throws Exception {
        assertThat(withLockApplied("import threading\n\nlock = threading.Lock()\n\n\n"
                + "def run(job):\n\tlock.acquire()\n\tjob()\n\tlock.release()\n"))
                .isEqualTo("import threading\n\nlock = threading.Lock()\n\n\n"
                        + "def run(job):\n\twith lock:\n\t\tjob()\n");
    }

    @Test
    void theWithLockQuickFixKeepsTheLineBreaksOfACrlfFile() throws Exception {
        assertThat(withLockApplied("import threading\r\n\r\nlock = threading.Lock()\r\n\r\n\r\n"
                + "def run(job):\r\n    lock.acquire()\r\n    job()\r\n    job()\r\n"
                + "    lock.release()\r\n"))
                .isEqualTo("import threading\r\n\r\nlock = threading.Lock()\r\n\r\n\r\n"
                        + "def run(job):\r\n    with lock:\r\n        job()\r\n"
                        + "        job()\r\n");
    }

    @Test
    void theWithLockQuickFixIndentsByTheWidthTheFileUses() throws Exception {
        assertThat(withLockApplied("import threading\n\nlock = threading.Lock()\n\n\n"
                + "def run(job):\n  lock.acquire()\n  job()\n  lock.release()\n"))
                .isEqualTo("import threading\n\nlock = threading.Lock()\n\n\n"
                        + "def run(job):\n  with lock:\n    job()\n");
    }

    /** {@code text} after the {@code with lock:} fix on its first finding, as offered. */
    private String withLockApplied(String text) throws Exception {
        start();
        Path file = root.resolve("app.py");
        editor.open(file, text);
        Diagnostic d = editor.diagnostics(file).get(0);
        CodeAction with = editor.codeActions(file, d.getRange()).stream()
                .filter(a -> a.getTitle().equals("Use `with lock:`")).findFirst().orElseThrow();
        return Editor.apply(text, with.getEdit().getChanges());
    }

    @Test
    void theWithLockQuickFixIsNotOfferedWhenALaterReleaseIsNested() throws Exception {
        start();
        Path file = root.resolve("app.py");
        editor.open(file, """
                import threading

                lock = threading.Lock()
                data = {}


                def pop(key):
                    lock.acquire()
                    if key in data:
                        value = data[key]
                        lock.release()
                        return value
                    lock.release()
                    return None
                """);
        Diagnostic d = editor.diagnostics(file).stream()
                .filter(x -> x.getCode().getLeft().equals("GIL303")).findFirst().orElseThrow();

        assertThat(editor.codeActions(file, d.getRange()))
                .extracting(CodeAction::getTitle)
                .noneMatch(t -> t.startsWith("Use `with"))
                .contains("Suppress with `# noqa: GIL303`");
    }

    @Test
    void hoverShowsTheRulesDocs() throws Exception {
        start();
        Path file = root.resolve("app.py");
        editor.open(file, POOL);
        editor.diagnostics(file);

        Hover hover = Editor.await(editor.server.getTextDocumentService().hover(new HoverParams(
                new TextDocumentIdentifier(Uris.of(file)), new Position(2, 10))));
        Hover nothing = Editor.await(editor.server.getTextDocumentService().hover(
                new HoverParams(new TextDocumentIdentifier(Uris.of(file)), new Position(0, 0))));

        assertThat(hover.getContents().getRight().getKind()).isEqualTo("markdown");
        assertThat(hover.getContents().getRight().getValue()).contains("GIL201");
        assertThat(nothing).isNull();
    }

    @Test
    void aSyntaxErrorGivesOneDiagnosticUntilItIsFixed() throws Exception {
        start();
        Path file = root.resolve("app.py");
        editor.open(file, "def f(:\n    pass\n");

        List<Diagnostic> broken = editor.diagnostics(file);
        editor.change(file, "def f():\n    pass\n");
        editor.save(file);
        List<Diagnostic> fixed = editor.diagnostics(file);

        assertThat(broken).singleElement().satisfies(d -> {
            assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
            assertThat(d.getMessage().getLeft()).startsWith("SyntaxError: ");
            assertThat(d.getRange().getStart().getLine()).isZero();
        });
        assertThat(fixed).isEmpty();
    }

    @Test
    void aSyntaxErrorAfterAnEmojiIsMarkedOnItsCharacter() throws Exception {
        start();
        Path file = root.resolve("app.py");
        // UTF-16: s␠=␠" (5) 😀 (2) 😀 (2) "␠ (2): the `$` is at column 11.
        editor.open(file, "x = 1\ns = \"\uD83D\uDE00\uD83D\uDE00\" $\n");

        assertThat(editor.diagnostics(file)).singleElement().satisfies(d -> {
            assertThat(d.getMessage().getLeft()).isEqualTo("SyntaxError: invalid syntax");
            assertThat(d.getRange()).isEqualTo(new Range(new Position(1, 11),
                    new Position(1, 12)));
        });
    }

    @Test
    void aRunningAnalysisThatAChangeSupersededIsNotPublished() throws Exception {
        CountDownLatch analyzing = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        // The first analysis waits, while it reads the configuration, until the change arrived.
        start(Editor.standIn(folder -> {
            if (first.getAndSet(false)) {
                analyzing.countDown();
                awaitLatch(changed);
            }
            return ProjectSettings.none();
        }), "{\"runOnChange\": true, \"debounceMs\": 0}");
        Path file = root.resolve("app.py");
        editor.open(file, POOL);
        awaitLatch(analyzing);
        int latest = editor.change(file, "x = 1\n");
        // The server handles messages in order: once it answers this request, it has the change.
        editor.codeActions(file, new Range(new Position(0, 0), new Position(0, 0)));
        changed.countDown();

        PublishDiagnosticsParams published = editor.published.poll(
                Editor.HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(published).isNotNull();
        assertThat(published.getVersion()).isEqualTo(latest);
        assertThat(published.getDiagnostics()).isEmpty();
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(Editor.HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the latch was not released in " + Editor.HANG_GUARD);
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void rapidChangesNeverLeaveStaleDiagnostics() throws Exception {
        start(Editor.noFiles(), "{\"runOnChange\": true, \"debounceMs\": 0}");
        Path file = root.resolve("app.py");
        editor.open(file, "x = 1\n");
        editor.diagnostics(file);

        StringBuilder text = new StringBuilder("from concurrent.futures import ProcessPoolExecutor\n");
        for (int i = 0; i < 40; i++) {
            text.append("pool").append(i).append(" = ProcessPoolExecutor()\n");
            editor.change(file, text.toString());
            if (i % 3 == 0) {
                editor.save(file);
            }
        }
        int last = editor.version();
        List<Diagnostic> diagnostics = editor.diagnostics(file,
                p -> p.getVersion() != null && p.getVersion() == last);
        // A save after the last change: anything stale would be published before its result.
        editor.save(file);
        List<Diagnostic> again = editor.diagnostics(file,
                p -> p.getVersion() != null && p.getVersion() == last);

        assertThat(diagnostics).hasSize(40);
        assertThat(again).isEqualTo(diagnostics);
        assertThat(editor.published).isEmpty();
    }

    @Test
    void aCrashInOneAnalysisKeepsTheServerRunning() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        start(Editor.standIn(dir -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("boom");
            }
            return ProjectSettings.none();
        }), "{}");
        Path file = root.resolve("app.py");
        editor.open(file, POOL);
        long deadline = System.nanoTime() + Editor.HANG_GUARD.toNanos();
        while (editor.messages.stream().noneMatch(m -> m.getMessage().contains("boom"))
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        editor.save(file);

        assertThat(editor.diagnostics(file)).hasSize(1);
        assertThat(editor.messages).anySatisfy(m -> assertThat(m.getMessage())
                .contains("internal error analyzing").contains("boom"));
    }

    @Test
    void theConfigurationIsReadAgainWhenPyprojectChanges() throws Exception {
        start(Editor.pyproject(), "{}");
        Path file = root.resolve("app.py");
        editor.open(file, POOL);
        assertThat(editor.diagnostics(file)).hasSize(1);

        Files.writeString(root.resolve("pyproject.toml"),
                "[tool.gilscan]\nignore = [\"GIL201\"]\n");
        editor.save(file);

        assertThat(editor.diagnostics(file)).isEmpty();
    }

    @Test
    void theNearestConfigurationToTheFileApplies() throws Exception {
        List<Path> asked = new CopyOnWriteArrayList<>();
        SettingsSource real = Editor.pyproject();
        start(Editor.standIn(folder -> {
            asked.add(folder);
            return real.discover(folder);
        }), "{}");
        Path nested = Files.createDirectories(root.resolve("lib"));
        Files.writeString(nested.resolve("pyproject.toml"),
                "[tool.gilscan]\nignore = [\"GIL201\"]\n");
        Path inLib = nested.resolve("app.py");
        Path atRoot = root.resolve("app.py");
        editor.open(inLib, POOL);
        assertThat(editor.diagnostics(inLib)).isEmpty();
        editor.open(atRoot, POOL);
        assertThat(editor.diagnostics(atRoot)).hasSize(1);

        Files.writeString(nested.resolve("pyproject.toml"),
                "[tool.gilscan]\nignore = [\"GIL3\"]\n");
        editor.save(atRoot);
        editor.diagnostics(atRoot);
        editor.open(inLib, POOL);

        assertThat(editor.diagnostics(inLib)).hasSize(1);
        assertThat(asked).contains(nested.toAbsolutePath());
    }

    @Test
    void filesThatExcludeOrGitignoreLeaveOutGetNoDiagnostics() throws Exception {
        Files.writeString(root.resolve("pyproject.toml"),
                "[tool.gilscan]\nexclude = [\"generated/\"]\n");
        start(Editor.pyproject(), "{}");
        Files.writeString(root.resolve(".gitignore"), "scratch*.py\n");
        Path generated = root.resolve("generated/app.py");
        Path scratch = root.resolve("scratch1.py");
        Path kept = root.resolve("app.py");

        editor.open(generated, POOL);
        List<Diagnostic> ofGenerated = editor.diagnostics(generated);
        editor.open(scratch, POOL);
        List<Diagnostic> ofScratch = editor.diagnostics(scratch);
        editor.open(kept, POOL);
        List<Diagnostic> ofKept = editor.diagnostics(kept);

        assertThat(ofGenerated).isEmpty();
        assertThat(ofScratch).isEmpty();
        assertThat(ofKept).hasSize(1);
        assertThat(editor.codeActions(generated, new Range(new Position(2, 7),
                new Position(2, 7)))).isEmpty();
    }

    @Test
    void aWorkspaceFolderAddedLaterBringsItsFilesCrossFileFacts() throws Exception {
        Path first = Files.createDirectories(root.resolve("first"));
        Path second = Files.createDirectories(root.resolve("second"));
        Files.writeString(second.resolve("helpers.py"), """
                import multiprocessing


                def start():
                    return multiprocessing.Pool(2)
                """);
        editor = Editor.inProcess(Editor.noFiles());
        InitializeResult initialized = editor.initialize(first, JsonParser.parseString("{}"));
        Path file = second.resolve("app.py");
        editor.open(file, "import helpers\n\nworkers = helpers.start()\n");
        assertThat(editor.diagnostics(file)).isEmpty();

        editor.addFolder(second);

        assertThat(initialized.getCapabilities().getWorkspace().getWorkspaceFolders()
                .getChangeNotifications().getRight()).isTrue();
        assertThat(editor.diagnostics(file)).singleElement().satisfies(d ->
                assertThat(d.getRelatedInformation()).anySatisfy(r -> assertThat(
                        r.getLocation().getUri()).isEqualTo(Uris.of(
                                second.resolve("helpers.py").toAbsolutePath()))));
    }

    @Test
    void optionsSelectRulesAndTheTargetVersion() throws Exception {
        start(Editor.noFiles(), "{\"ignore\": [\"GIL2\"], \"targetVersion\": \"py310\"}");
        Path file = root.resolve("app.py");
        editor.open(file, POOL);
        assertThat(editor.diagnostics(file)).isEmpty();

        ServerOptions options = ServerOptions.parse(JsonParser.parseString(
                "{\"gilscan\": {\"select\": [\"GIL201\"], \"runOnChange\": true}}"));
        assertThat(options.select()).containsExactly("GIL201");
        assertThat(options.runOnChange()).isTrue();
        assertThat(options.debounceMs()).isEqualTo(ServerOptions.DEFAULT_DEBOUNCE_MS);
        assertThat(ServerOptions.parse(new JsonObject())).isEqualTo(ServerOptions.defaults());
    }

    @Test
    void closingADocumentClearsItsDiagnostics() throws Exception {
        start();
        Path file = root.resolve("app.py");
        editor.open(file, POOL);
        assertThat(editor.diagnostics(file)).hasSize(1);

        editor.server.getTextDocumentService().didClose(
                new org.eclipse.lsp4j.DidCloseTextDocumentParams(
                        new TextDocumentIdentifier(Uris.of(file))));

        assertThat(editor.diagnostics(file, p -> true)).isEmpty();
    }

    @Test
    void shutdownAndExitEndTheServerAndItsThreads() throws Exception {
        start();
        Path file = root.resolve("app.py");
        editor.open(file, POOL);
        editor.diagnostics(file);

        int code = editor.shutdownAndExit();

        assertThat(code).isZero();
        assertThat(serverThreads()).isEmpty();
    }

    @Test
    void shutdownWaitsOneDeadlineForAllAnalysesTogether() throws Exception {
        int documents = 8;
        CountDownLatch started = new CountDownLatch(documents);
        CountDownLatch interrupted = new CountDownLatch(documents);
        CountDownLatch release = new CountDownLatch(1);
        // Reading a project's configuration stands in for a long step of an analysis that does
        // not check for interrupts, as the engine's steps do not.
        editor = Editor.inProcess(Editor.standIn(dir -> {
            started.countDown();
            awaitIgnoringInterrupts(release, interrupted);
            return ProjectSettings.none();
        }));
        try {
            editor.initialize(root.resolve("workspace"), new JsonObject());
            for (int i = 0; i < documents; i++) {
                // Outside the workspace folder, each file is a project of its own.
                editor.open(root.resolve("project" + i).resolve("app.py"), POOL);
            }
            assertThat(started.await(Editor.HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).isTrue();

            long start = System.nanoTime();
            Editor.await(editor.server.shutdown());
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            // One deadline of 1 s for all documents (vscode-languageclient gives up after 2 s),
            // not one per document, which took 16 s here. The bound is loose on purpose: a busy
            // machine must not fail it, and it still tells one deadline from eight.
            assertThat(took).isLessThan(Duration.ofSeconds(4));
            assertThat(interrupted.await(Editor.HANG_GUARD.toSeconds(), TimeUnit.SECONDS))
                    .isTrue();
        } finally {
            release.countDown();
        }
        editor.server.exit();

        assertThat(Editor.await(editor.exitCode)).isZero();
        assertThat(serverThreads()).isEmpty();
    }

    @Test
    void theParsesOfTheTwoTargetsUsedLastAreKept() throws Exception {
        Files.createDirectories(root.resolve("project"));
        Files.writeString(root.resolve("project/helpers.py"), "def f():\n    return 1\n");
        Workspace workspace = new Workspace(root.resolve("project"), true, Editor.noFiles(),
                m -> { }, m -> { });
        for (String target : List.of("py311", "py312", "py311", "py313")) {
            workspace.analyze(root.resolve("project/app.py"), POOL, new ServerOptions(false, 0,
                    null, List.of(), List.of(), TargetVersion.parse(target)));
        }

        assertThat(workspace.cachedTargets()).containsExactly(11, 13);
    }

    @Test
    void theSameTextWithTheSameWorkspaceReusesTheLastAnalysis() throws Exception {
        Files.createDirectories(root.resolve("project"));
        Path helpers = root.resolve("project/helpers.py");
        Files.writeString(helpers, "def f():\n    return 1\n");
        Workspace workspace = new Workspace(root.resolve("project"), true, Editor.noFiles(),
                m -> { }, m -> { });
        Path app = root.resolve("project/app.py");
        Workspace.Analysis first = workspace.analyze(app, POOL, ServerOptions.defaults());
        assertThat(first.findings()).isNotEmpty();
        assertThat(workspace.analyze(app, POOL, ServerOptions.defaults())).isSameAs(first);
        Workspace.Analysis edited = workspace.analyze(app, POOL + "\n",
                ServerOptions.defaults());
        assertThat(edited).isNotSameAs(first);
        assertThat(edited.findings()).isEqualTo(first.findings());
        // Another file of the project changed on disk: its model is new, so is the analysis.
        Files.writeString(helpers, "def f():\n    return 22\n");
        Files.setLastModifiedTime(helpers, java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(workspace.analyze(app, POOL + "\n", ServerOptions.defaults()))
                .isNotSameAs(edited);
        Workspace.Analysis other = workspace.analyze(app, POOL + "\n", new ServerOptions(false,
                0, List.of("GIL1"), List.of(), List.of(), null));
        assertThat(other.findings()).isEmpty();
        workspace.forget(app);
        assertThat(workspace.analyze(app, POOL + "\n", new ServerOptions(false, 0,
                List.of("GIL1"), List.of(), List.of(), null))).isNotSameAs(other);
    }

    @Test
    void anInterruptedAnalysisStopsBeforeItsNextStep() {
        Workspace workspace = new Workspace(root, false, Editor.noFiles(), m -> { },
                m -> { });
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> workspace.analyze(root.resolve("app.py"), POOL,
                    ServerOptions.defaults())).isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void exitDoesNotWaitForAReaderThatCannotBeStopped() throws Exception {
        // As with standard input: no end of input, and interrupting the reader does not end
        // its read. The server must not wait for that reader, so run returns all the same;
        // the editor closes the pipe after the test, which ends the reader. A wait with a
        // time-out (the server once waited 2 s) passes here: only a clock would tell.
        editor = Editor.inProcess(Editor.noFiles(), Pipe.likeStandardInput());
        editor.initialize(root, new JsonObject());
        Editor.await(editor.server.shutdown());

        editor.server.exit();

        assertThat(Editor.await(editor.exitCode)).isZero();
    }

    @Test
    void exitWithoutShutdownEndsWithCodeOne() throws Exception {
        start();
        editor.server.exit();

        assertThat(Editor.await(editor.exitCode)).isEqualTo(1);
        assertThat(serverThreads()).isEmpty();
    }

    /** Waits for {@code release} as code that does not check for interrupts does. */
    private static void awaitIgnoringInterrupts(CountDownLatch release,
            CountDownLatch interrupted) {
        boolean wasInterrupted = false;
        while (true) {
            try {
                release.await();
                break;
            } catch (InterruptedException e) {
                if (!wasInterrupted) {
                    interrupted.countDown();
                    wasInterrupted = true;
                }
            }
        }
        if (wasInterrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The threads the server started that are still alive, waiting for ending ones. */
    private static List<String> serverThreads() throws InterruptedException {
        long deadline = System.nanoTime() + Editor.HANG_GUARD.toNanos();
        List<String> alive;
        do {
            alive = Thread.getAllStackTraces().keySet().stream()
                    .filter(Thread::isAlive)
                    .filter(t -> t.getName().startsWith("gilscan-")
                            || t.getName().equals("test-server-main") || !t.isDaemon()
                            && !t.getName().equals("main") && !isJvmThread(t))
                    .map(Thread::getName).toList();
            if (alive.isEmpty()) {
                return alive;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        return alive;
    }

    private static boolean isJvmThread(Thread t) {
        return t.getThreadGroup() != null && t.getThreadGroup().getName().equals("system");
    }

}
