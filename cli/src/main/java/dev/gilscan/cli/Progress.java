package dev.gilscan.cli;

import java.io.PrintWriter;

/**
 * A progress line on standard error while a scan runs, shown only on a terminal and only when
 * the scan takes more than a second; cleared when the scan ends.
 */
final class Progress {
    private final PrintWriter err;
    private final Thread ticker;
    private volatile boolean shown;

    private Progress(PrintWriter err, int files) {
        this.err = err;
        this.ticker = new Thread(() -> {
            try {
                Thread.sleep(1000);
                long start = System.nanoTime();
                while (!Thread.currentThread().isInterrupted()) {
                    shown = true;
                    long seconds = (System.nanoTime() - start) / 1_000_000_000L + 1;
                    synchronized (err) {
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

    /** Starts the indicator when standard error is a terminal. */
    static Progress start(PrintWriter err, int files) {
        Progress p = new Progress(err, files);
        if (System.console() != null) {
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
        if (shown) {
            synchronized (err) {
                err.print("\r\033[K");
                err.flush();
            }
        }
    }
}
