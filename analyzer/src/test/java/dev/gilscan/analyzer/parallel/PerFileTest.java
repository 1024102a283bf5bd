package dev.gilscan.analyzer.parallel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Per-file steps with failures injected: each failure stays with its file. */
class PerFileTest {
    /** Deeper than a thread with the JVM's default stack can recurse, shallow for 256 MiB. */
    private static final int DEEP = 400_000;

    @Test
    void resultsComeInTheItemsOrder() {
        List<String> out = PerFile.map(List.of("c", "a", "b", "d", "e"), s -> s + s,
                (s, e) -> "failed");

        assertThat(out).containsExactly("cc", "aa", "bb", "dd", "ee");
    }

    @Test
    void whateverAStepThrowsIsThatItemsFailureAndTheOthersGoOn() {
        List<String> out = PerFile.map(List.of("ok1", "runtime", "stack", "memory", "ok2"), s -> {
            switch (s) {
                case "runtime" -> throw new IllegalStateException("boom");
                case "stack" -> throw new StackOverflowError();
                case "memory" -> throw new OutOfMemoryError("Java heap space");
                default -> {
                    return s;
                }
            }
        }, (s, e) -> s + " failed: " + e);

        assertThat(out).containsExactly("ok1",
                "runtime failed: java.lang.IllegalStateException: boom",
                "stack failed: java.lang.StackOverflowError",
                "memory failed: java.lang.OutOfMemoryError: Java heap space", "ok2");
    }

    @Test
    void anItemThatRanOutOfMemoryBesideOthersIsTriedAgainAlone() {
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        List<String> items = List.of("a", "b", "c", "d");

        List<String> out = PerFile.map(items, s -> {
            int call = calls.computeIfAbsent(s, k -> new AtomicInteger()).incrementAndGet();
            if (s.equals("b") && call == 1) {
                throw new OutOfMemoryError("Java heap space");
            }
            return s + call;
        }, (s, e) -> "failed");

        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertThat(out).containsExactly("a1", "b2", "c1", "d1");
        } else {
            // One thread: nothing ran beside it, so there is nothing to retry.
            assertThat(out).containsExactly("a1", "failed", "c1", "d1");
        }
    }

    @Test
    void stepsRunOnThreadsWithADeepStack() {
        List<Integer> out = PerFile.map(List.of(DEEP, DEEP, DEEP), PerFileTest::depth,
                (n, e) -> -1);

        assertThat(out).containsExactly(DEEP, DEEP, DEEP);
    }

    @Test
    void theSameRecursionOverflowsOnAThreadWithTheDefaultStack() throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread plain = new Thread(() -> {
            try {
                depth(DEEP);
            } catch (StackOverflowError e) {
                thrown.set(e);
            }
        });
        plain.start();
        plain.join();

        assertThat(thrown.get()).isInstanceOf(StackOverflowError.class);
    }

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }
}
