package dev.gilscan.analyzer.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.files.ProjectLoader;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.Precision;
import dev.gilscan.analyzer.rule.RuleDescriptor;
import dev.gilscan.analyzer.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entries come back as written, and only while every stamp matches; damage is never trusted. */
class ResultCacheTest {
    private static final RuleDescriptor RULE = new RuleDescriptor("GIL201",
            "process-start-at-import", Severity.ERROR, "A summary", List.of("process"),
            Precision.HIGH, "0.1.0");

    @TempDir
    Path dir;

    private Path source;
    private ResultCache cache;

    private List<ResultCache.FileStamp> setUp() throws IOException {
        source = dir.resolve("project/app.py");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "import multiprocessing\nmultiprocessing.Pool(2)\n");
        cache = new ResultCache(dir.resolve(".gilscan_cache"), "1.2.3");
        return ResultCache.stamps(List.of(source), 1 << 20);
    }

    /** A finding with every part filled in, a lone surrogate in its message included. */
    private ResultCache.Entry entry() {
        Location at = new Location(source, new Span(2, 0, 2, 23, 0, 23));
        Location other = new Location(source, new Span(1, 7, 1, 22, 7, 22));
        Finding finding = new Finding(RULE, "starts a pool \ud800 at import", at,
                List.of(new Finding.Related(other, "imported here")),
                List.of(new Finding.Related(at, "step")),
                new Finding.Fix("guard it", Finding.Applicability.UNSAFE,
                        List.of(new Finding.Edit(at, "if x:\n    y"))),
                "noqa");
        ProjectLoader.Problem problem = new ProjectLoader.Problem(source, 3, 4,
                "SyntaxError: invalid syntax", ProjectLoader.Problem.Kind.SYNTAX_ERROR);
        return new ResultCache.Entry(List.of(finding), List.of(problem));
    }

    private Path entryFile() throws IOException {
        try (Stream<Path> files = Files.walk(cache.root())) {
            return files.filter(p -> p.getParent().getFileName().toString().equals("1.2.3"))
                    .findFirst().orElseThrow();
        }
    }

    @Test
    void anEntryComesBackAsWritten() throws IOException {
        List<ResultCache.FileStamp> stamps = setUp();
        String key = ResultCache.key(List.of("settings", "py313"));
        assertThat(cache.read(key, stamps, Map.of("GIL201", RULE))).isNull();
        cache.write(key, stamps, entry());
        assertThat(cache.read(key, stamps, Map.of("GIL201", RULE))).isEqualTo(entry());
        assertThat(cache.read(ResultCache.key(List.of("settings", "py312")), stamps,
                Map.of("GIL201", RULE))).isNull();
        assertThat(cache.read(key, stamps, Map.of())).as("a rule no longer run").isNull();
        assertThat(Files.readString(cache.root().resolve(".gitignore"))).contains("\n*\n");
        assertThat(cache.root().resolve("CACHEDIR.TAG")).exists();
        try (Stream<Path> files = Files.walk(cache.root())) {
            assertThat(files.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void aChangedFileMisses() throws IOException {
        List<ResultCache.FileStamp> stamps = setUp();
        String key = ResultCache.key(List.of("k"));
        cache.write(key, stamps, entry());
        FileTime time = Files.getLastModifiedTime(source);
        // Same size and time, other bytes: only the content hash tells.
        Files.writeString(source, "import multiprocessing\nmultiprocessing.Pool(3)\n");
        Files.setLastModifiedTime(source, time);
        List<ResultCache.FileStamp> now = ResultCache.stamps(List.of(source), 1 << 20);
        assertThat(now.get(0).size()).isEqualTo(stamps.get(0).size());
        assertThat(cache.read(key, now, Map.of("GIL201", RULE))).isNull();
    }

    @Test
    void aTruncatedCorruptOrForeignEntryIsIgnored() throws IOException {
        List<ResultCache.FileStamp> stamps = setUp();
        String key = ResultCache.key(List.of("k"));
        cache.write(key, stamps, entry());
        Path file = entryFile();
        byte[] whole = Files.readAllBytes(file);
        for (int cut : new int[] {0, 5, whole.length / 2, whole.length - 1}) {
            Files.write(file, java.util.Arrays.copyOf(whole, cut));
            assertThat(cache.read(key, stamps, Map.of("GIL201", RULE))).as("cut at " + cut)
                    .isNull();
        }
        for (int at = 0; at < whole.length; at += 7) {
            byte[] flipped = whole.clone();
            flipped[at] ^= 0x20;
            Files.write(file, flipped);
            assertThat(cache.read(key, stamps, Map.of("GIL201", RULE))).as("byte " + at)
                    .isNull();
        }
        Files.writeString(file, "{\"not\": \"a gilscan entry\"}");
        assertThat(cache.read(key, stamps, Map.of("GIL201", RULE))).isNull();
        Files.delete(file);
        Files.createDirectory(file);
        assertThat(cache.read(key, stamps, Map.of("GIL201", RULE))).isNull();
        Files.delete(file);
        cache.write(key, stamps, entry());
        assertThat(cache.read(key, stamps, Map.of("GIL201", RULE))).isEqualTo(entry());
    }

    @Test
    void writersRacingLeaveAWholeEntry() throws Exception {
        List<ResultCache.FileStamp> stamps = setUp();
        String key = ResultCache.key(List.of("k"));
        List<Thread> threads = new java.util.ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(
                new java.util.ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < 25; i++) {
                        cache.write(key, stamps, entry());
                        ResultCache.Entry read = cache.read(key, stamps, Map.of("GIL201", RULE));
                        if (!entry().equals(read)) {
                            failures.add(new AssertionError("read " + read));
                        }
                    }
                } catch (IOException e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }
}
