package dev.gilscan.analyzer.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs one step of the scan on each file, in parallel, on threads created with a stack of
 * {@link #STACK_BYTES}. The common fork-join pool and parallel streams run tasks on threads
 * with the JVM's default stack, and on the caller's thread too, so a deeply nested file could
 * parse on one thread and overflow on another; here every file gets the same stack.
 *
 * <p>The step is guarded: whatever it throws, {@link OutOfMemoryError} and
 * {@link StackOverflowError} included, becomes that file's failure and the other files go on. A
 * file that ran out of memory while others were being analyzed beside it is tried once more,
 * alone, after the others, so that a huge file does not make its neighbours fail.
 */
public final class PerFile {
    /** The stack of every worker thread: deep nesting recurses (as the command's own thread). */
    public static final long STACK_BYTES = 256L * 1024 * 1024;

    private static final AtomicInteger THREADS = new AtomicInteger();

    private PerFile() {}

    /**
     * {@code step} applied to each item, in the items' order; an item whose step threw gives
     * {@code failure(item, thrown)}. Throws {@link CancellationException} if the calling thread
     * is interrupted while it waits (the workers are interrupted too).
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> step,
            BiFunction<? super T, Throwable, ? extends R> failure) {
        List<R> results = new ArrayList<>(items.size());
        if (items.isEmpty()) {
            return results;
        }
        int threads = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
        List<Outcome<R>> outcomes = PerFile.<T, R>run(items, step, threads);
        for (int i = 0; i < items.size(); i++) {
            Outcome<R> o = outcomes.get(i);
            if (o.thrown() instanceof OutOfMemoryError && threads > 1) {
                o = PerFile.<T, R>run(List.of(items.get(i)), step, 1).get(0);
            }
            results.add(o.thrown() == null ? o.value() : failure.apply(items.get(i), o.thrown()));
        }
        return results;
    }

    /** A step's value, or what it threw. */
    private record Outcome<R>(@Nullable R value, @Nullable Throwable thrown) {}

    private static <T, R> List<Outcome<R>> run(List<T> items,
            Function<? super T, ? extends R> step, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(null, task, "gilscan-file-" + THREADS.incrementAndGet(),
                    STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Outcome<R>>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> PerFile.<T, R>guarded(item, step)));
            }
            List<Outcome<R>> outcomes = new ArrayList<>(items.size());
            for (Future<Outcome<R>> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while analyzing files");
        } catch (ExecutionException e) {
            // guarded() catches everything a step throws.
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T, R> Outcome<R> guarded(T item, Function<? super T, ? extends R> step) {
        try {
            R value = step.apply(item);
            return new Outcome<>(value, null);
        } catch (Throwable e) {
            return new Outcome<>(null, e);
        }
    }
}
