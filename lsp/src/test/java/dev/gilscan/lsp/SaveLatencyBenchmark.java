package dev.gilscan.lsp;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;

/**
 * Not a test: the time from {@code didSave} to {@code publishDiagnostics} for a generated
 * 3,000-line file on a warm in-process server, over a real JSON-RPC connection. Prints the
 * median and 95th percentile over 100 saves, after 30 saves of warm-up.
 *
 * <pre>
 * mvn -B -o -q -pl lsp -am install -DskipTests
 * mvn -B -o -q -pl lsp dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp lsp/target/test-classes:lsp/target/classes:$(cat lsp/target/cp.txt) \
 *     dev.gilscan.lsp.SaveLatencyBenchmark
 * </pre>
 */
public final class SaveLatencyBenchmark {
    private static final int LINES = 3_000;
    private static final int WARMUP = 30;
    private static final int SAVES = 100;

    private SaveLatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("gilscan-bench");
        Path file = root.resolve("generated.py");
        String text = generate();
        Files.writeString(file, text);
        try (Editor editor = Editor.inProcess(Editor.noFiles())) {
            editor.initialize(root, new JsonObject());
            editor.open(file, text);
            int findings = editor.diagnostics(file).size();
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < WARMUP + SAVES; i++) {
                String edited = text + "# save " + i + "\n";
                editor.change(file, edited);
                long start = System.nanoTime();
                editor.save(file);
                List<Diagnostic> published = editor.diagnostics(file);
                long elapsed = System.nanoTime() - start;
                if (published.size() != findings) {
                    throw new IllegalStateException("findings changed: " + published.size());
                }
                if (i >= WARMUP) {
                    nanos.add(elapsed);
                }
            }
            Collections.sort(nanos);
            System.out.printf("%d lines, %d findings, %d saves: median %.1f ms, p95 %.1f ms,"
                    + " min %.1f ms, max %.1f ms%n", text.lines().count(), findings, SAVES,
                    ms(nanos.get(nanos.size() / 2)), ms(nanos.get((int) (nanos.size() * 0.95))),
                    ms(nanos.get(0)), ms(nanos.get(nanos.size() - 1)));
            editor.shutdownAndExit();
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Functions with loops, thread and process pools, some started at import time. */
    static String generate() {
        StringBuilder out = new StringBuilder("""
                import threading
                from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


                """);
        int n = 0;
        while (out.toString().lines().count() < LINES - 12) {
            out.append("def crunch_").append(n).append("(size: int) -> int:\n")
                    .append("    total = 0\n")
                    .append("    for value in range(size):\n")
                    .append("        total += value * value % ").append(n + 7).append('\n')
                    .append("    return total\n\n\n");
            if (n % 25 == 0) {
                out.append("with ThreadPoolExecutor(max_workers=4) as pool_").append(n)
                        .append(":\n    print(list(pool_").append(n).append(".map(crunch_")
                        .append(n).append(", [10] * 4)))\n")
                        .append("workers_").append(n).append(" = ProcessPoolExecutor()\n\n\n");
            }
            n++;
        }
        while (out.toString().lines().count() < LINES) {
            out.append("# end\n");
        }
        return out.toString();
    }
}
