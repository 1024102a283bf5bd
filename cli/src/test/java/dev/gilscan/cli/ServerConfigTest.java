package dev.gilscan.cli;

import dev.gilscan.analyzer.rule.TargetVersion;
import dev.gilscan.lsp.GilscanLanguageServer;
import dev.gilscan.lsp.ProjectConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.gilscan.cli.Cli.LAMBDA_TO_POOL;
import static dev.gilscan.cli.Cli.POOL_AT_IMPORT;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The settings of {@code gilscan server}, read from {@code [tool.gilscan]} by the reader
 * {@code gilscan check} uses: the nearest table to each file, its {@code exclude} patterns.
 */
class ServerConfigTest {
    /** Only keeps a broken server from hanging the build; no test waits for it to pass. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path root;

    private final Client client = new Client();
    private GilscanLanguageServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.shutdown().join();
            server.exit();
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

        ProjectConfig config = ServerCommand.discover(root.resolve("lib/pkg"));

        assertThat(config.file()).isEqualTo(lib.toAbsolutePath());
        assertThat(config.selection().select()).isNull();
        assertThat(config.selection().ignore()).containsExactly("GIL202");
        assertThat(config.target()).isEqualTo(TargetVersion.parse("py312"));
        assertThat(config.exclude().ignores(root.resolve("lib/generated").toAbsolutePath(), true))
                .isTrue();
        assertThat(config.exclude().ignores(root.resolve("lib/pkg").toAbsolutePath(), true))
                .isNull();
        assertThat(config.maxFileSize()).isEqualTo(2L * 1024 * 1024);
        assertThat(ServerCommand.discover(root).selection().select()).containsExactly("GIL3");
        assertThat(ServerCommand.discover(root).maxFileSize()).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void anInvalidTableIsAnErrorNamingTheFileAndTheKey() {
        Path toml = write(root, "pyproject.toml", "[tool.gilscan]\nline-length = 88\n");

        assertThat(catchThrowable(() -> ServerCommand.discover(root)))
                .isInstanceOf(ProjectConfig.ConfigException.class)
                .hasMessage(toml + ": unknown key `line-length` in [tool.gilscan] (known keys:"
                        + " cache-dir, exclude, extend-exclude, extend-select, force-exclude, ignore,"
                        + " max-file-size, per-file-ignores, select, src, target-version,"
                        + " thread-entry-points)");
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
        assertThat(client.messages).isEmpty();
    }

    @Test
    void theServerNamesModulesFromTheDeclaredSourceRootsAsCheckDoes() throws Exception {
        Path project = Cli.fixtures().resolve("scan-root/workspace/photo-tools");
        Cli.copy(project.resolve("thumbs"), root.resolve("lib/python/thumbs"));
        write(root, "pyproject.toml", "[tool.gilscan]\nsrc = [\"lib/python\"]\n");
        start();

        List<Diagnostic> diagnostics = open(root.resolve("main.py"),
                Files.readString(project.resolve("main.py")));

        assertThat(ServerCommand.discover(root).src())
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
        assertThat(client.messages).isEmpty();
    }

    private void start() {
        server = new GilscanLanguageServer(ServerCommand::discover, "test");
        server.connect(client);
        InitializeParams params = new InitializeParams();
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(),
                "test")));
        params.setCapabilities(new ClientCapabilities());
        server.initialize(params).join();
        server.initialized(new InitializedParams());
    }

    /** Opens a file with {@code text} and returns the diagnostics published for it. */
    private List<Diagnostic> open(Path file, String text) throws InterruptedException {
        String uri = file.toUri().toString();
        server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "python", 1,
                text)));
        long deadline = System.nanoTime() + HANG_GUARD.toNanos();
        while (true) {
            PublishDiagnosticsParams p = client.published.poll(deadline - System.nanoTime(),
                    TimeUnit.NANOSECONDS);
            if (p == null) {
                throw new AssertionError("no diagnostics for " + file + " in " + HANG_GUARD);
            }
            if (p.getUri().equals(uri)) {
                return p.getDiagnostics();
            }
        }
    }

    /** Records what the server sends. */
    private static final class Client implements LanguageClient {
        final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
        final List<MessageParams> messages = new CopyOnWriteArrayList<>();

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            published.add(diagnostics);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams message) {
            messages.add(message);
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(
                ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
            messages.add(message);
        }
    }
}
