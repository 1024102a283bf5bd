package dev.gilscan.lsp;

import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.rules.RuleRegistry;
import dev.gilscan.settings.SettingsSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.jspecify.annotations.Nullable;

/**
 * The gilscan language server: analyzes Python documents on open and save (and, when the
 * {@code runOnChange} option is set, on change after a quiet time), publishes the findings as
 * diagnostics, offers quick fixes, and shows a rule's docs on hover. Handlers run on LSP4J's
 * reader thread and only record and schedule; analyses run on each document's own thread.
 */
public final class GilscanLanguageServer implements LanguageServer, LanguageClientAware,
        TextDocumentService, WorkspaceService {
    /**
     * How long shutdown waits for the running analyses, all together: well under the 2 s after
     * which vscode-languageclient gives up on an answer.
     */
    private static final Duration STOP_BUDGET = Duration.ofSeconds(1);

    private final SettingsSource configSource;
    private final String version;
    private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
    private final Map<Path, Workspace> workspaces = new ConcurrentHashMap<>();
    private final List<Path> roots = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private volatile ServerOptions options = ServerOptions.defaults();
    private volatile @Nullable LanguageClient client;
    private volatile boolean shutdownRequested;
    private volatile boolean watchFiles;
    /**
     * Stores the results of a project whose entry in the cache was missing when a file of it
     * was opened ({@link Workspace#store}), one project at a time, after the file's own
     * analysis and apart from the documents' threads, so that their analyses never wait for it.
     */
    private final ExecutorService storing = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(null, task, "gilscan-cache-store", OpenDocument.STACK_BYTES);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    /** The projects waiting to be stored or being stored: their cache and root folders. */
    private final Set<List<Path>> toStore = ConcurrentHashMap.newKeySet();

    /** A server that reads project configurations with {@code configSource}. */
    public GilscanLanguageServer(SettingsSource configSource, String version) {
        this.configSource = configSource;
        this.version = version;
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    /** Completes with the process exit code: 0 after {@code shutdown}, 1 without. */
    public CompletableFuture<Integer> exitCode() {
        return exitCode;
    }

    /** The client closed the connection: the server ends as if told to exit. */
    public void connectionClosed() {
        exit();
    }

    // ---- lifecycle ---------------------------------------------------------------------------

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        List<WorkspaceFolder> folders = params.getWorkspaceFolders();
        if (folders != null) {
            for (WorkspaceFolder folder : folders) {
                addRoot(folder.getUri());
            }
        } else if (params.getRootUri() != null) {
            addRoot(params.getRootUri());
        }
        try {
            options = ServerOptions.parse(params.getInitializationOptions());
        } catch (IllegalArgumentException e) {
            show(MessageType.Error, e.getMessage());
        }
        var workspaceCapabilities = params.getCapabilities() == null ? null
                : params.getCapabilities().getWorkspace();
        watchFiles = workspaceCapabilities != null
                && workspaceCapabilities.getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(workspaceCapabilities.getDidChangeWatchedFiles()
                        .getDynamicRegistration());

        ServerCapabilities capabilities = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Full);
        sync.setSave(new SaveOptions(false));
        capabilities.setTextDocumentSync(sync);
        capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        capabilities.setHoverProvider(true);
        WorkspaceFoldersOptions workspaceFolders = new WorkspaceFoldersOptions();
        workspaceFolders.setSupported(true);
        workspaceFolders.setChangeNotifications(true);
        capabilities.setWorkspace(new WorkspaceServerCapabilities(workspaceFolders));
        return CompletableFuture.completedFuture(new InitializeResult(capabilities,
                new ServerInfo("gilscan", version)));
    }

    private void addRoot(String uri) {
        Path root = Uris.path(uri);
        if (root != null && !roots.contains(root)) {
            roots.add(root);
        }
    }

    @Override
    public void initialized(InitializedParams params) {
        LanguageClient c = client;
        if (!watchFiles || c == null) {
            return;
        }
        List<FileSystemWatcher> watchers = new ArrayList<>();
        for (String glob : List.of("**/*.py", "**/pyproject.toml", "**/.gitignore")) {
            watchers.add(new FileSystemWatcher(Either.forLeft(glob)));
        }
        c.registerCapability(new RegistrationParams(List.of(new Registration(
                "gilscan-watched-files", "workspace/didChangeWatchedFiles",
                new DidChangeWatchedFilesRegistrationOptions(watchers)))));
    }

    /**
     * Stops analyzing: waiting analyses are dropped and running ones interrupted, and the
     * answer comes once they have all ended, or after {@link #STOP_BUDGET} at the most. The
     * engine does not check for interrupts, so an analysis stops only between its steps (see
     * {@link Workspace#analyze}); one still running then publishes nothing and ends with the
     * process.
     */
    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        stopAnalyses();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        stopAnalyses();
        exitCode.complete(shutdownRequested ? 0 : 1);
    }

    private void stopAnalyses() {
        storing.shutdownNow();
        List<OpenDocument> stopping = new ArrayList<>(documents.values());
        documents.clear();
        for (OpenDocument document : stopping) {
            document.stop();
        }
        long deadline = System.nanoTime() + STOP_BUDGET.toNanos();
        int running = 0;
        try {
            for (OpenDocument document : stopping) {
                running += document.awaitStopped(deadline) ? 0 : 1;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (running > 0) {
            System.err.println("gilscan: analyses still running after " + STOP_BUDGET.toMillis()
                    + " ms: " + running + "; they publish nothing and end with the process");
        }
    }

    /** Logs a message from the client that could not be read, which the server got over. */
    void logBadMessage(String message) {
        log(MessageType.Warning, message);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return this;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return this;
    }

    // ---- documents ---------------------------------------------------------------------------

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var item = params.getTextDocument();
        Path path = Uris.path(item.getUri());
        if (path == null || shutdownRequested) {
            return;
        }
        OpenDocument document = new OpenDocument(item.getUri(), path, workspaceOf(path),
                item.getText(), item.getVersion());
        OpenDocument earlier = documents.put(item.getUri(), document);
        if (earlier != null) {
            earlier.close(() -> { });
        }
        analyze(document, 0, true);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        OpenDocument document = documents.get(params.getTextDocument().getUri());
        List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
        if (document == null || changes.isEmpty()) {
            return;
        }
        // Full synchronization: the last change holds the whole text.
        document.update(changes.get(changes.size() - 1).getText(),
                params.getTextDocument().getVersion());
        ServerOptions current = options;
        if (current.runOnChange()) {
            analyze(document, current.debounceMs());
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        OpenDocument saved = documents.get(params.getTextDocument().getUri());
        if (saved == null) {
            return;
        }
        if (params.getText() != null) {
            saved.update(params.getText(), -1);
        }
        analyze(saved, 0);
        // What the saved file defines may change the findings of the others open beside it.
        for (OpenDocument other : documents.values()) {
            if (other != saved && other.workspace() == saved.workspace()) {
                analyze(other, options.debounceMs());
            }
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        OpenDocument document = documents.remove(params.getTextDocument().getUri());
        if (document != null) {
            document.workspace().forget(document.path);
            document.close(() -> publish(document.uri, null, List.of()));
        }
    }

    private void analyze(OpenDocument document, long delayMs) {
        analyze(document, delayMs, false);
    }

    /**
     * Analyzes a document after {@code delayMs} and publishes the findings. Just opened
     * ({@code opening}), a document whose text is the file's is first looked up in the results
     * cache of {@code gilscan check} ({@link Workspace#warm}): with an entry whose stamps all
     * match, the entry's findings are published at once, and the analysis's afterwards only if
     * they differ; without one, the project's results are stored once the document's own
     * analysis is published.
     */
    private void analyze(OpenDocument document, long delayMs, boolean opening) {
        document.schedule(delayMs, request -> {
            Workspace workspace = document.workspace();
            Workspace.Analysis analysis;
            Workspace.Warm warm;
            List<org.eclipse.lsp4j.Diagnostic> early = null;
            try {
                warm = opening ? workspace.warm(document.path, request.text(), options) : null;
                if (warm != null && warm.analysis() != null) {
                    if (!document.publishable(request, warm.analysis())) {
                        return;
                    }
                    early = Diagnostics.of(warm.analysis());
                    publish(document.uri, request.version() < 0 ? null : request.version(),
                            early);
                }
                analysis = workspace.analyze(document.path, request.text(), options);
            } catch (CancellationException e) {
                return;
            } catch (RuntimeException | StackOverflowError e) {
                log(MessageType.Error, "gilscan: internal error analyzing " + document.path
                        + ": " + e);
                return;
            }
            if (document.publishable(request, analysis)) {
                List<org.eclipse.lsp4j.Diagnostic> diagnostics = Diagnostics.of(analysis);
                if (!diagnostics.equals(early)) {
                    publish(document.uri, request.version() < 0 ? null : request.version(),
                            diagnostics);
                }
            }
            if (warm != null && warm.analysis() == null) {
                store(workspace, warm);
            }
        });
    }

    /** Stores a project's results in the cache, unless it is already waiting to be. */
    private void store(Workspace workspace, Workspace.Warm warm) {
        List<Path> project = List.of(warm.cache().root(), warm.part().root());
        if (!toStore.add(project)) {
            return;
        }
        try {
            storing.execute(() -> {
                try {
                    workspace.store(warm);
                } catch (CancellationException e) {
                    // The server is shutting down: the entry is written another time.
                } catch (RuntimeException | StackOverflowError e) {
                    log(MessageType.Error, "gilscan: internal error storing the results of "
                            + warm.part().root() + ": " + e);
                } finally {
                    toStore.remove(project);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            toStore.remove(project);
        }
    }

    private void publish(String uri, @Nullable Integer version,
            List<org.eclipse.lsp4j.Diagnostic> diagnostics) {
        LanguageClient c = client;
        if (c != null) {
            c.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics, version));
        }
    }

    /** The workspace of the innermost workspace folder holding {@code path}. */
    private Workspace workspaceOf(Path path) {
        Path best = null;
        for (Path root : roots) {
            if (path.startsWith(root) && (best == null || root.getNameCount() > best.getNameCount())) {
                best = root;
            }
        }
        Path root = best != null ? best : path.getParent();
        boolean wholeFolder = best != null;
        // A folder added later replaces the workspace of the files opened there alone.
        return workspaces.compute(root, (r, known) -> known != null
                && known.wholeFolder() == wholeFolder ? known
                : new Workspace(r, wholeFolder, configSource,
                        message -> show(MessageType.Warning, message),
                        message -> log(MessageType.Error, message), version, System::getenv));
    }

    // ---- code actions and hovers -------------------------------------------------------------

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(
            CodeActionParams params) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        OpenDocument document = documents.get(params.getTextDocument().getUri());
        Workspace.Analysis analysis = document == null ? null : document.published();
        if (analysis != null) {
            String current = document.text();
            for (Finding finding : analysis.findings()) {
                if (overlaps(Diagnostics.range(finding.location().span()), params.getRange())) {
                    for (CodeAction action : QuickFixes.of(document.uri, finding, analysis,
                            current)) {
                        actions.add(Either.forRight(action));
                    }
                }
            }
        }
        return CompletableFuture.completedFuture(actions);
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        OpenDocument document = documents.get(params.getTextDocument().getUri());
        Workspace.Analysis analysis = document == null ? null : document.published();
        if (analysis == null) {
            return CompletableFuture.completedFuture(null);
        }
        Position at = params.getPosition();
        List<String> pages = new ArrayList<>();
        for (Finding finding : analysis.findings()) {
            String id = finding.rule().id();
            Range range = Diagnostics.range(finding.location().span());
            String docs = RuleRegistry.docs(id);
            if (overlaps(range, new Range(at, at)) && docs != null && !pages.contains(docs)) {
                pages.add(docs);
            }
        }
        if (pages.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.completedFuture(new Hover(new MarkupContent(MarkupKind.MARKDOWN,
                String.join("\n\n---\n\n", pages))));
    }

    /** Whether two ranges share a position (ends included, as a cursor at a range's end). */
    private static boolean overlaps(Range a, Range b) {
        return compare(a.getStart(), b.getEnd()) <= 0 && compare(b.getStart(), a.getEnd()) <= 0;
    }

    private static int compare(Position a, Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
                : Integer.compare(a.getCharacter(), b.getCharacter());
    }

    // ---- workspace ---------------------------------------------------------------------------

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        try {
            options = ServerOptions.parse(params.getSettings());
        } catch (IllegalArgumentException e) {
            show(MessageType.Error, e.getMessage());
            return;
        }
        reanalyzeAll();
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        boolean layout = false;
        boolean external = false;
        for (FileEvent event : params.getChanges()) {
            String uri = event.getUri();
            layout |= uri.endsWith("/pyproject.toml") || uri.endsWith("/.gitignore")
                    || event.getType() != FileChangeType.Changed;
            // A save in the editor was handled by didSave; other writes (a checkout) were not.
            external |= !documents.containsKey(uri);
        }
        if (layout) {
            for (Workspace workspace : workspaces.values()) {
                workspace.invalidate();
            }
        }
        if (layout || external) {
            reanalyzeAll();
        }
    }

    /**
     * Workspace folders added or removed after {@code initialize}: the open documents move to the
     * workspace that now holds them, and are analyzed again there.
     */
    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        for (WorkspaceFolder removed : params.getEvent().getRemoved()) {
            Path root = Uris.path(removed.getUri());
            if (root != null) {
                roots.remove(root);
                workspaces.remove(root);
            }
        }
        for (WorkspaceFolder added : params.getEvent().getAdded()) {
            addRoot(added.getUri());
        }
        for (OpenDocument document : documents.values()) {
            Workspace workspace = workspaceOf(document.path);
            if (document.moveTo(workspace)) {
                analyze(document, 0);
            }
        }
    }

    private void reanalyzeAll() {
        for (OpenDocument document : documents.values()) {
            analyze(document, options.debounceMs());
        }
    }

    // ---- messages to the user ----------------------------------------------------------------

    private void show(MessageType type, String message) {
        LanguageClient c = client;
        if (c != null) {
            c.showMessage(new MessageParams(type, message));
        } else {
            System.err.println(message);
        }
    }

    private void log(MessageType type, String message) {
        LanguageClient c = client;
        if (c != null) {
            c.logMessage(new MessageParams(type, message));
        }
        System.err.println(message);
    }
}
