package dev.gilscan.analyzer.conformance;

import dev.gilscan.analyzer.ast.AstJson;
import dev.gilscan.analyzer.parser.PythonSyntaxError;
import dev.gilscan.analyzer.parser.SourceParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        Result result = new Result(run.show, run.known);
        long[] lines = {0};
        long start = System.nanoTime();
        run.eachCpythonResult("cpython_ast_json.py", (file, theirs) -> {
            byte[] bytes = Files.readAllBytes(file);
            lines[0] += countLines(bytes);
            result.compare(run.relative(file), theirs, ours(file, bytes, run.minor));
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        result.print(run.roots, run.files.size(), lines[0], seconds);
        System.exit(result.agree() ? 0 : 1);
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

    private static long countLines(byte[] bytes) {
        long n = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The tally of one run and the first differences. */
    private static final class Result {
        final int show;
        final java.util.Map<String, String> known;
        int knownDiffer;
        int identical;
        int differing;
        int bothReject;
        int weRejectOnly;
        int weAcceptOnly;
        final List<String> details = new ArrayList<>();

        Result(int show, java.util.Map<String, String> known) {
            this.show = show;
            this.known = known;
        }

        void compare(String file, String theirs, String ours) {
            if (!theirs.equals(ours) && known.containsKey(file)) {
                knownDiffer++;
                System.out.println("known difference: " + file + ": " + known.get(file));
                return;
            }
            boolean theyReject = theirs.startsWith("{\"error\":");
            boolean weReject = ours.startsWith("{\"error\":");
            if (theyReject && weReject) {
                bothReject++;
            } else if (weReject) {
                weRejectOnly++;
                detail("we reject, CPython accepts: " + file + "\n    " + ours);
            } else if (theyReject) {
                weAcceptOnly++;
                detail("we accept, CPython rejects: " + file + "\n    " + theirs);
            } else if (theirs.equals(ours)) {
                identical++;
            } else {
                differing++;
                int at = 0;
                while (at < theirs.length() && at < ours.length()
                        && theirs.charAt(at) == ours.charAt(at)) {
                    at++;
                }
                int from = Math.max(0, at - 150);
                detail("tree differs: " + file + " at char " + at
                        + "\n    cpython: ..." + theirs.substring(from, Math.min(theirs.length(), at + 100))
                        + "\n    gilscan: ..." + ours.substring(from, Math.min(ours.length(), at + 100)));
            }
        }

        private void detail(String s) {
            if (details.size() < show) {
                details.add(s);
            }
        }

        boolean agree() {
            return differing == 0 && weRejectOnly == 0 && weAcceptOnly == 0;
        }

        void print(List<Path> roots, int files, long lines, double seconds) {
            for (String d : details) {
                System.out.println(d);
            }
            System.out.printf("corpus %s: %d files, %d lines, %.1f s%n", roots, files, lines,
                    seconds);
            System.out.printf("  identical %d, differing %d, both reject %d, we reject but CPython"
                    + " accepts %d, we accept but CPython rejects %d%n", identical, differing,
                    bothReject, weRejectOnly, weAcceptOnly);
            System.out.printf("  known differences (scripts/conformance-known.txt) %d%n",
                    knownDiffer);
        }
    }
}
