package dev.gilscan.lsp;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A document the editor has open: its current text, and the single thread its analyses run on.
 * Each request for an analysis supersedes the earlier ones: a request still waiting is
 * cancelled, and a running one finishes but does not publish.
 */
final class OpenDocument {
    /** Parsing deeply nested code recurses; analysis threads get the stack the CLI's thread has. */
    static final long STACK_BYTES = 256L * 1024 * 1024;
    private static final AtomicInteger THREADS = new AtomicInteger();

    final String uri;
    final Path path;
    private final ScheduledExecutorService executor;

    // Guarded by this.
    private Workspace workspace;
    private String text;
    private int version;
    private long requested;
    private @Nullable ScheduledFuture<?> pending;
    private boolean closed;
    private Workspace.@Nullable Analysis published;

    /** The text and version one analysis is made of, and its place in the sequence of requests. */
    record Request(long sequence, String text, int version) {}

    OpenDocument(String uri, Path path, Workspace workspace, String text, int version) {
        this.uri = uri;
        this.path = path;
        this.workspace = workspace;
        this.text = text;
        this.version = version;
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(null, task, "gilscan-analysis-"
                    + THREADS.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
    }

    synchronized void update(String newText, int newVersion) {
        text = newText;
        version = newVersion;
    }

    synchronized String text() {
        return text;
    }

    /** The workspace the document is analyzed in. */
    synchronized Workspace workspace() {
        return workspace;
    }

    /** Analyzes the document in {@code other} from now on; false if it already was. */
    synchronized boolean moveTo(Workspace other) {
        if (other == workspace) {
            return false;
        }
        workspace = other;
        return true;
    }

    /** Runs {@code analysis} after {@code delayMs}, superseding every earlier request. */
    synchronized void schedule(long delayMs, java.util.function.Consumer<Request> analysis) {
        if (closed) {
            return;
        }
        long sequence = ++requested;
        if (pending != null) {
            pending.cancel(false);
        }
        pending = executor.schedule(() -> {
            Request request = current(sequence);
            if (request != null) {
                analysis.accept(request);
            }
        }, delayMs, TimeUnit.MILLISECONDS);
    }

    /** The request to run now, or null if a later one superseded it or the document closed. */
    private synchronized @Nullable Request current(long sequence) {
        return closed || sequence != requested ? null : new Request(sequence, text, version);
    }

    /** Whether the analysis of {@code request} is still the latest one, and records it if so. */
    synchronized boolean publishable(Request request, Workspace.Analysis analysis) {
        if (closed || request.sequence() != requested) {
            return false;
        }
        published = analysis;
        return true;
    }

    /** The analysis last published for this document, or null. */
    synchronized Workspace.@Nullable Analysis published() {
        return published;
    }

    /**
     * Closes the document: nothing more is analyzed, and {@code last} runs on the analysis
     * thread after whatever analysis is running, before the thread ends.
     */
    void close(Runnable last) {
        synchronized (this) {
            closed = true;
            if (pending != null) {
                pending.cancel(false);
            }
        }
        executor.execute(last);
        executor.shutdown();
    }

    /**
     * Stops analyzing, for the server's shutdown: nothing more is analyzed or published, an
     * analysis still waiting is dropped and a running one interrupted.
     */
    void stop() {
        synchronized (this) {
            closed = true;
        }
        executor.shutdownNow();
    }

    /** Waits until the analysis thread has ended, or {@code deadline} (a nano time) has passed. */
    boolean awaitStopped(long deadline) throws InterruptedException {
        return executor.awaitTermination(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
    }
}
