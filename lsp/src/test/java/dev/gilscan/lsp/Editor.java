package dev.gilscan.lsp;

import dev.gilscan.rules.RuleRegistry;
import dev.gilscan.rules.fix.TextLines;
import dev.gilscan.settings.SettingsSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An editor talking to the server over a real JSON-RPC connection: the server runs
 * {@link ServerMain#run} on piped streams (or in another process), the editor is an LSP4J
 * client. Waits are bounded only to keep a broken server from hanging the build.
 */
public final class Editor implements LanguageClient, AutoCloseable {
    static final Duration HANG_GUARD = Duration.ofSeconds(60);
    /**
     * LSP4J logs the end of the editor's input, with a stack trace, when the editor closes it;
     * only its warnings are kept (held here, as loggers are weakly held).
     */
    private static final Logger STREAM_LOG = Logger.getLogger(
            "org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer");

    static {
        STREAM_LOG.setLevel(Level.WARNING);
    }

    final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    public final List<MessageParams> messages = new CopyOnWriteArrayList<>();
    final CompletableFuture<Integer> exitCode;
    final LanguageServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "test-editor");
        thread.setDaemon(true);
        return thread;
    });
    private final List<AutoCloseable> resources = new ArrayList<>();
    private int version;

    /** The built-in rules, and no configuration file anywhere. */
    static SettingsSource noFiles() {
        return SettingsSource.defaults(RuleRegistry.all());
    }

    /** The built-in rules, and the real reader of {@code pyproject.toml}. */
    static SettingsSource pyproject() {
        return SettingsSource.of(RuleRegistry.all());
    }

    /** The built-in rules, with {@code finder} standing in for the configuration reader. */
    static SettingsSource standIn(SettingsSource.Discovery finder) {
        return SettingsSource.of(RuleRegistry.all(), finder);
    }

    /** An editor connected to a server in this JVM. */
    public static Editor inProcess(SettingsSource source) throws IOException {
        return inProcess(source, new Pipe(), "test");
    }

    /** An editor connected to a server of gilscan {@code version} in this JVM. */
    public static Editor inProcess(SettingsSource source, String version) throws IOException {
        return inProcess(source, new Pipe(), version);
    }

    /** An editor connected to a server in this JVM that reads from {@code toServerPipe}. */
    static Editor inProcess(SettingsSource source, Pipe toServerPipe) throws IOException {
        return inProcess(source, toServerPipe, "test");
    }

    private static Editor inProcess(SettingsSource source, Pipe toServerPipe, String version)
            throws IOException {
        Pipe fromServerPipe = new Pipe();
        OutputStream toServer = toServerPipe.out();
        InputStream serverIn = toServerPipe.in();
        OutputStream fromServer = fromServerPipe.out();
        InputStream editorIn = fromServerPipe.in();
        CompletableFuture<Integer> code = new CompletableFuture<>();
        Thread serverThread = new Thread(() -> {
            try {
                code.complete(ServerMain.run(serverIn, fromServer, source, version));
            } catch (Throwable t) {
                code.completeExceptionally(t);
            }
        }, "test-server-main");
        serverThread.start();
        return new Editor(editorIn, toServer, code);
    }

    Editor(InputStream in, OutputStream out, CompletableFuture<Integer> exitCode) {
        this.exitCode = exitCode;
        Launcher<LanguageServer> launcher = new LSPLauncher.Builder<LanguageServer>()
                .setLocalService(this)
                .setRemoteInterface(LanguageServer.class)
                .setInput(in)
                .setOutput(out)
                .setExecutorService(executor)
                .create();
        launcher.startListening();
        server = launcher.getRemoteProxy();
        resources.add(in);
        resources.add(out);
    }

    /** initialize and initialized, with {@code root} as the workspace folder. */
    public InitializeResult initialize(Path root, Object options) {
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(Uris.of(root), "test")));
        params.setCapabilities(new ClientCapabilities());
        params.setInitializationOptions(options);
        InitializeResult result = await(server.initialize(params));
        server.initialized(new InitializedParams());
        return result;
    }

    /** Adds a workspace folder after initialization, as when the user adds one to the window. */
    void addFolder(Path folder) {
        server.getWorkspaceService().didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
                new WorkspaceFoldersChangeEvent(List.of(new WorkspaceFolder(Uris.of(folder),
                        folder.getFileName().toString())), List.of())));
    }

    public void open(Path file, String text) {
        version = 1;
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(Uris.of(file), "python", version, text)));
    }

    /** Sends the whole new text (full synchronization); returns its version. */
    int change(Path file, String text) {
        version++;
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(Uris.of(file), version),
                List.of(new TextDocumentContentChangeEvent(text))));
        return version;
    }

    void save(Path file) {
        server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(
                new TextDocumentIdentifier(Uris.of(file))));
    }

    int version() {
        return version;
    }

    /** The next diagnostics published for {@code file} that satisfy {@code condition}. */
    List<Diagnostic> diagnostics(Path file, Predicate<PublishDiagnosticsParams> condition) {
        long deadline = System.nanoTime() + HANG_GUARD.toNanos();
        try {
            while (true) {
                PublishDiagnosticsParams p = published.poll(deadline - System.nanoTime(),
                        TimeUnit.NANOSECONDS);
                if (p == null) {
                    throw new AssertionError("no diagnostics for " + file + " in " + HANG_GUARD);
                }
                if (p.getUri().equals(Uris.of(file)) && condition.test(p)) {
                    return p.getDiagnostics();
                }
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** The diagnostics published for the current version of {@code file}. */
    public List<Diagnostic> diagnostics(Path file) {
        int current = version;
        return diagnostics(file, p -> p.getVersion() != null && p.getVersion() == current);
    }

    List<CodeAction> codeActions(Path file, Range range) {
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = await(
                server.getTextDocumentService().codeAction(new CodeActionParams(
                        new TextDocumentIdentifier(Uris.of(file)), range,
                        new CodeActionContext(List.of()))));
        return actions.stream().map(Either::getRight).toList();
    }

    /** Ends the session as an editor does: shutdown, exit; returns the server's exit code. */
    public int shutdownAndExit() {
        await(server.shutdown());
        server.exit();
        return await(exitCode);
    }

    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Applies one document's text edits to a text, as an editor does (last edit first). */
    static String apply(String text, Map<String, List<TextEdit>> changes) {
        TextLines lines = new TextLines(text);
        List<TextEdit> edits = new ArrayList<>(changes.values().iterator().next());
        edits.sort((a, b) -> {
            int line = Integer.compare(b.getRange().getStart().getLine(),
                    a.getRange().getStart().getLine());
            return line != 0 ? line : Integer.compare(b.getRange().getStart().getCharacter(),
                    a.getRange().getStart().getCharacter());
        });
        StringBuilder out = new StringBuilder(text);
        for (TextEdit edit : edits) {
            out.replace(offset(lines, edit.getRange().getStart()),
                    offset(lines, edit.getRange().getEnd()), edit.getNewText());
        }
        return out.toString();
    }

    private static int offset(TextLines lines, org.eclipse.lsp4j.Position at) {
        return lines.offset(at.getLine(), at.getCharacter());
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
        executor.shutdownNow();
    }

    // ---- LanguageClient ----------------------------------------------------------------------

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
