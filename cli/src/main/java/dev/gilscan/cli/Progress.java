package dev.gilscan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A progress line on standard error while a scan runs, shown only when standard error is a
 * terminal and the scan takes more than a second; cleared when the scan ends.
 */
final class Progress {
    private static final long DELAY_MILLIS = 1000;

    private final PrintWriter err;
    private final Thread ticker;
    private volatile boolean shown;

    private Progress(PrintWriter err, int files, long delayMillis) {
        this.err = err;
        this.ticker = new Thread(() -> {
            try {
                Thread.sleep(delayMillis);
                long start = System.nanoTime();
                while (!Thread.currentThread().isInterrupted()) {
                    long seconds = (System.nanoTime() - start) / 1_000_000_000L
                            + delayMillis / 1000;
                    synchronized (err) {
                        shown = true;
                        err.print("\rgilscan: checking " + files + " files... " + seconds + " s");
                        err.flush();
                    }
                    Thread.sleep(500);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "gilscan-progress");
        ticker.setDaemon(true);
    }

    /** Starts the indicator if {@code terminal}, the line appearing after a second. */
    static Progress start(PrintWriter err, int files, boolean terminal) {
        return start(err, files, terminal, DELAY_MILLIS);
    }

    static Progress start(PrintWriter err, int files, boolean terminal, long delayMillis) {
        Progress p = new Progress(err, files, delayMillis);
        if (terminal) {
            p.ticker.start();
        }
        return p;
    }

    /** Stops the indicator and clears its line. */
    void stop() {
        ticker.interrupt();
        try {
            ticker.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (err) {
            if (shown) {
                err.print("\r\033[K");
                err.flush();
            }
        }
    }

    /**
     * Whether this process's standard error is a terminal: on Linux, from what file descriptor 2
     * points to; elsewhere, whether Java sees a console (a terminal on standard input and output).
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
