package dev.gilscan.analyzer.bench;

import dev.gilscan.analyzer.parser.PythonSyntaxError;
import dev.gilscan.analyzer.parser.SourceParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parse throughput over a corpus (a benchmark, not a test): reads every {@code .py} file below a
 * folder into memory, then parses and builds the AST of all of them once in a fresh JVM (the cold
 * pass: class loading, JIT and ANTLR's DFA cache all start empty), then {@code warm} more times.
 * Single-threaded, like CPython's {@code ast.parse}. Prints lines/s per pass and the peak heap.
 *
 * <p>Usage: {@code ParseBenchmark DIR [WARM_PASSES]}; see bench/parse-benchmark.sh.
 */
public final class ParseBenchmark {
    private ParseBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .sorted().toList();
        }
        List<byte[]> files = new ArrayList<>();
        long lines = 0;
        for (Path p : paths) {
            byte[] b = Files.readAllBytes(p);
            files.add(b);
            for (byte c : b) {
                if (c == '\n') {
                    lines++;
                }
            }
        }
        System.out.printf("corpus %s: %d files, %d lines%n", root, files.size(), lines);
        double[] rates = new double[warm + 1];
        for (int pass = 0; pass <= warm; pass++) {
            long start = System.nanoTime();
            int errors = 0;
            for (int i = 0; i < files.size(); i++) {
                try {
                    SourceParser.parse(paths.get(i).toString(), files.get(i), 13);
                } catch (PythonSyntaxError e) {
                    errors++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            rates[pass] = lines / seconds;
            System.out.printf("%s pass %d: %.2f s, %,.0f lines/s (%d files rejected)%n",
                    pass == 0 ? "cold" : "warm", pass, seconds, rates[pass], errors);
        }
        // The semantic model of every file (scopes and symbols, imports, parents, execution
        // contexts), built right after each parse and then dropped, so the heap holds one file
        // at a time: its time beside the warm parse time above.
        var layout = new dev.gilscan.analyzer.files.PackageLayout();
        for (int pass = 0; pass < 3; pass++) {
            long parseNanos = 0;
            long modelNanos = 0;
            for (int i = 0; i < files.size(); i++) {
                long t0 = System.nanoTime();
                dev.gilscan.analyzer.parser.ParseResult parsed;
                try {
                    parsed = SourceParser.parse(paths.get(i).toString(), files.get(i), 13);
                } catch (PythonSyntaxError e) {
                    continue;
                }
                long t1 = System.nanoTime();
                dev.gilscan.analyzer.model.SemanticModel.build(paths.get(i),
                        layout.moduleName(paths.get(i)), parsed);
                long t2 = System.nanoTime();
                parseNanos += t1 - t0;
                modelNanos += t2 - t1;
            }
            System.out.printf("model pass %d: parse %.2f s, semantic models %.2f s (%.0f%% of the"
                    + " parse)%n", pass, parseNanos / 1e9, modelNanos / 1e9,
                    100.0 * modelNanos / parseNanos);
        }
        double[] warmRates = Arrays.copyOfRange(rates, 1, rates.length);
        Arrays.sort(warmRates);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("gilscan: cold %,.0f lines/s, warm median %,.0f lines/s, "
                + "peak heap %d MiB (max heap %d MiB)%n", rates[0],
                warmRates.length > 0 ? warmRates[warmRates.length / 2] : 0.0, peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
