package dev.gilscan.analyzer.conformance;

import dev.gilscan.analyzer.ast.AstJson;
import dev.gilscan.analyzer.parser.PythonSyntaxError;
import dev.gilscan.analyzer.parser.SourceParser;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares gilscan's AST with CPython's for every {@code .py} file below some folders.
 *
 * <p>Usage: {@code Conformance --python PYTHON [--minor N] [--show K] DIR...}. CPython runs
 * {@code scripts/cpython_ast_json.py --batch}; for each file both sides give the canonical JSON of
 * docs/dev/ast-json.md (or an error) and the two are compared byte for byte. Prints, per run, the
 * files identical / differing / rejected by us only / accepted by us only, and the first
 * differences. Exits 1 when any file disagrees.
 */
public final class Conformance {
    private Conformance() {}

    public static void main(String[] args) throws Exception {
        CorpusRun run = new CorpusRun(args);
        Tally tally = new Tally(run.show, run.known, Conformance::treeDiffers);
        long[] lines = {0};
        long start = System.nanoTime();
        run.eachCpythonResult("cpython_ast_json.py", (file, theirs) -> {
            byte[] bytes = Files.readAllBytes(file);
            lines[0] += countLines(bytes);
            tally.compare(run.relative(file), theirs, ours(file, bytes, run.minor));
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        tally.print(String.format("corpus %s: %d files, %d lines, %.1f s", run.roots,
                run.files.size(), lines[0], seconds), "scripts/conformance-known.txt");
        System.exit(tally.agree() ? 0 : 1);
    }

    private static String ours(Path file, byte[] bytes, int minor) {
        try {
            return AstJson.toJson(SourceParser.parse(file.toString(), bytes, minor).module());
        } catch (PythonSyntaxError e) {
            return "{\"error\":" + e.format() + "}";
        } catch (RuntimeException e) {
            return "{\"error\":\"CRASH " + e + "\"}";
        }
    }

    /** The first character where the trees differ, with some context on both sides. */
    private static String treeDiffers(String file, String theirs, String ours) {
        int at = 0;
        while (at < theirs.length() && at < ours.length() && theirs.charAt(at) == ours.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 150);
        return "tree differs: " + file + " at char " + at
                + "\n    cpython: ..." + theirs.substring(from, Math.min(theirs.length(), at + 100))
                + "\n    gilscan: ..." + ours.substring(from, Math.min(ours.length(), at + 100));
    }

    private static long countLines(byte[] bytes) {
        long n = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }
}
