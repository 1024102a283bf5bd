package dev.gilscan.analyzer.conformance;

import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.model.scope.SymbolTable;
import dev.gilscan.analyzer.model.scope.SymbolsJson;
import dev.gilscan.analyzer.parser.PythonSyntaxError;
import dev.gilscan.analyzer.parser.SourceParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares gilscan's symbol tables with CPython's for every {@code .py} file below some folders.
 *
 * <p>Usage: {@code SymtableConformance --python PYTHON [--minor N] [--show K] [--known FILE]
 * DIR...}. CPython runs {@code scripts/cpython_symtable_json.py --batch}; for each file both sides
 * give the canonical symbols JSON of {@link SymbolsJson} (or an error object) and the two are
 * compared. Prints the files identical / differing / rejected by one side only, the first
 * differences as symbol entries only in CPython's table or only in ours, and the time spent
 * building symbol tables (parsing excluded). Exits 1 when a file disagrees that the known file
 * does not list.
 */
public final class SymtableConformance {
    /** Entries shown per differing file. */
    private static final int ENTRIES_SHOWN = 8;

    private SymtableConformance() {}

    public static void main(String[] args) throws Exception {
        CorpusRun run = new CorpusRun(args);
        Tally tally = new Tally(run.show, run.known, SymtableConformance::symbolsDiffer);
        Builder builder = new Builder();
        long start = System.nanoTime();
        run.eachCpythonResult("cpython_symtable_json.py", (file, theirs) -> tally.compare(
                run.relative(file), theirs, builder.ours(file, Files.readAllBytes(file),
                        run.minor)));
        double seconds = (System.nanoTime() - start) / 1e9;
        tally.print(String.format("corpus %s: %d files, %.1f s", run.roots, run.files.size(),
                seconds), "scripts/symtable-known.txt");
        System.out.printf("  symbol tables built in %d ms, %d ms CPU (parsing excluded)%n",
                builder.buildNanos / 1_000_000, builder.buildCpuNanos / 1_000_000);
        System.exit(tally.agree() ? 0 : 1);
    }

    /**
     * The strings of a JSON array of strings as written by both sides (ASCII, the escapes of
     * Python's {@code json.dumps}); the escapes are kept, which is enough to compare.
     */
    static List<String> parseEntries(String json) {
        List<String> entries = new ArrayList<>();
        int i = 1;
        while (i < json.length() && json.charAt(i) == '"') {
            int j = i + 1;
            while (json.charAt(j) != '"') {
                j += json.charAt(j) == '\\' ? 2 : 1;
            }
            entries.add(json.substring(i + 1, j));
            i = j + 2;
        }
        return entries;
    }

    /** Which symbol entries only one side has, {@link #ENTRIES_SHOWN} at most per side. */
    private static String symbolsDiffer(String file, String theirs, String ours) {
        Set<String> cpython = new LinkedHashSet<>(parseEntries(theirs));
        Set<String> gilscan = new LinkedHashSet<>(parseEntries(ours));
        StringBuilder text = new StringBuilder("symbols differ: " + file);
        appendOnly(text, "only in CPython", cpython, gilscan);
        appendOnly(text, "only in gilscan", gilscan, cpython);
        return text.toString();
    }

    private static void appendOnly(StringBuilder text, String label, Set<String> these,
            Set<String> others) {
        int shown = 0;
        int count = 0;
        for (String entry : these) {
            if (!others.contains(entry)) {
                count++;
                if (shown++ < ENTRIES_SHOWN) {
                    text.append("\n    ").append(label).append(": ").append(entry);
                }
            }
        }
        if (count > ENTRIES_SHOWN) {
            text.append("\n    ").append(label).append(": ... ").append(count - ENTRIES_SHOWN)
                    .append(" more");
        }
    }

    /** gilscan's side: parses a file and times building its symbol table. */
    private static final class Builder {
        long buildNanos;
        long buildCpuNanos;
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        String ours(Path file, byte[] bytes, int minor) {
            Mod.Module module;
            try {
                module = SourceParser.parse(file.toString(), bytes, minor).module();
            } catch (PythonSyntaxError e) {
                return SymbolsJson.errorJson(e.kind(), e.line(), e.getMessage());
            } catch (RuntimeException e) {
                return SymbolsJson.errorJson("CRASH", 0, "parser: " + e);
            }
            try {
                long start = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                SymbolTable table = SymbolTable.build(module);
                buildCpuNanos += threads.getCurrentThreadCpuTime() - cpu;
                buildNanos += System.nanoTime() - start;
                return SymbolsJson.toJson(table);
            } catch (RuntimeException | StackOverflowError e) {
                return SymbolsJson.errorJson("CRASH", 0, e.toString());
            }
        }
    }
}
