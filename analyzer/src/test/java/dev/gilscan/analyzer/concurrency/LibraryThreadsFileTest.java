package dev.gilscan.analyzer.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code library-threads.tsv} is well formed: every line names a call, its thread, its end and a source. */
class LibraryThreadsFileTest {
    private static final Pattern CALL = Pattern.compile("[A-Za-z_]\\w*(\\.\\*)?(\\.[A-Za-z_]\\w*)+");
    private static final Pattern END = Pattern.compile("exit|with|\\.[A-Za-z_]\\w*|[A-Za-z_][\\w.]*\\.\\w+");

    @Test
    void everyEntryIsWellFormedAndListedOnce() {
        Set<String> seen = new HashSet<>();
        assertThat(LibraryThreads.entries()).isNotEmpty();
        for (LibraryThreads.Entry e : LibraryThreads.entries()) {
            assertThat(e.call()).as("call").matches(CALL);
            assertThat(seen.add(e.call())).as("listed twice: " + e.call()).isTrue();
            assertThat(e.thread()).as(e.call() + ": thread").hasSizeGreaterThan(10)
                    .doesNotEndWith(".");
            assertThat(e.until()).as(e.call() + ": until").isNotEmpty()
                    .allSatisfy(u -> assertThat(u).matches(END));
            assertThat(e.source()).as(e.call() + ": source").startsWith("https://");
            e.unless().forEach((k, v) -> assertThat(k).as(e.call() + ": unless").matches("\\w+"));
        }
    }

    @Test
    void theEntriesGil204NeedsAreThere() {
        Set<String> calls = new HashSet<>();
        LibraryThreads.entries().forEach(e -> calls.add(e.call()));
        assertThat(calls).contains("tqdm.tqdm", "tqdm.auto.tqdm", "dask.compute",
                "dask.*.compute", "lmnr.Laminar.initialize", "pynvml.nvmlInit",
                "opentelemetry.sdk.trace.export.BatchSpanProcessor");
    }
}
