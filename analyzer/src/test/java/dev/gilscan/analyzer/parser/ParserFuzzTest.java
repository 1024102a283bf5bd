package dev.gilscan.analyzer.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gilscan.analyzer.parallel.PerFile;
import dev.gilscan.analyzer.parser.antlr.PythonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.DecisionInfo;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the tokenizer and parser with mutants of the Python files this repository owns
 * ({@code test-fixtures/**}{@code /*.py}, {@code python/**}{@code /*.py}, {@code scripts/*.py}; no
 * CPython standard library is needed, so a fresh machine runs it too). Each mutant is one seed
 * file with one to three changes: a token deleted, duplicated, swapped with the next one or with
 * any other, replaced by another token of the file, the file cut at a random byte, or 1-4 random
 * bytes inserted. {@code scripts/fuzz_syntax.py} compares verdicts with CPython; this test asks
 * only that {@link SourceParser#parse(String, byte[], int)} never fails and never does
 * superlinear work:
 *
 * <ul>
 *   <li><b>Outcome.</b> The only outcomes allowed are a tree or a {@link PythonSyntaxError} of
 *       kind {@code SyntaxError}, {@code IndentationError} or {@code TabError}, with a message
 *       and a line and column inside the input (line 1 to the number of lines + 1, column 1 to
 *       the line's length in bytes + 2, room for CPython's positions just past a line's end;
 *       or column 0, CPython's for an error at a DEDENT, which has no column).
 *       Any other exception or error ({@code StackOverflowError}, an ANTLR
 *       {@code RuntimeException}, ...) fails, and so does the message {@link SourceParser} turns
 *       a stack overflow into. Parsing runs on a thread with the stack every scan thread has
 *       ({@link PerFile#STACK_BYTES}).
 *   <li><b>Linear work.</b> Instead of a clock, a deterministic count: the tokens ANTLR's
 *       adaptive prediction looks at, summed over every decision of every parser that reads the
 *       whole file (the SLL pass, and the full-LL pass that locates an error): {@code
 *       DecisionInfo.SLL_TotalLook + LL_TotalLook} from ANTLR's profiler. That count depends
 *       only on the grammar and the tokens, not on the warmth of ANTLR's shared DFA cache or on
 *       the machine, and it is where ANTLR goes superlinear (a decision that scans to the end of
 *       a long chain for each of its links). It must stay within {@link #LOOK_PER_TOKEN} looks
 *       per token of the file. {@code ErrorDiagnosis}'s re-parse of one expression of a line
 *       after an error is not counted; the tokenizer and tree builder, which do not backtrack,
 *       are measured by {@code bench/linear_time.py}.
 * </ul>
 *
 * <p>A failing mutant is shrunk (chunks of bytes removed while the same failure remains) and
 * the failure names the try, the seed file and the mutations, with the shrunk input. The
 * mutants come from a fixed seed: the same {@value #TRIES_IN_VERIFY} in every {@code mvn verify}.
 * A long run: {@code scripts/fuzz_parser.sh 20000 [SEED]}, or the system properties
 * {@code gilscan.fuzz.tries}, {@code gilscan.fuzz.seed} and {@code gilscan.fuzz.only} (one try,
 * to reproduce a failure) on {@code mvn -pl analyzer -am test -Dtest=ParserFuzzTest}.
 */
class ParserFuzzTest {
    static final int TRIES_IN_VERIFY = 2000;
    static final long DEFAULT_SEED = 20261207L;

    /**
     * The most tokens prediction may look at per token of the file. Real and mutated files need
     * at most 1.71 (200,000 mutants, seed 1); a decision that rescanned a chain for each of its
     * links would need about half the chain's length per token, 25 on a chain of 50 links.
     */
    static final double LOOK_PER_TOKEN = 8.0;

    private static final Set<String> KINDS = Set.of("SyntaxError", "IndentationError", "TabError");
    private static final int SHRINK_BUDGET = 3000;
    private static final int FAILURES_SHOWN = 10;

    /** A seed file: its path in the repository and its text as tokens and the gaps around them. */
    record Seed(String name, List<String> tokens, List<String> gaps) {}

    /** A mutant: its bytes, the target version it is parsed for, and how it was made. */
    record Mutant(byte[] bytes, int minor, String how) {}

    /** Why a parse is not allowed: a key that shrinking keeps, and the details. */
    record Problem(String key, String detail) {}

    @Test
    void everyMutantIsATreeOrASyntaxErrorInLinearWork() throws Exception {
        long seed = Long.getLong("gilscan.fuzz.seed", DEFAULT_SEED);
        int tries = Integer.getInteger("gilscan.fuzz.tries", TRIES_IN_VERIFY);
        Integer only = Integer.getInteger("gilscan.fuzz.only");
        List<Seed> seeds = seeds(CPythonSyntaxErrorTest.repositoryRoot());
        assertThat(seeds).as("seed files (test-fixtures, python, scripts)").hasSizeGreaterThan(100);

        Map<String, String> failures = new LinkedHashMap<>();
        int accepted = 0;
        int rejected = 0;
        int failed = 0;
        double maxLook = 0;
        String maxLookHow = "";
        for (int i = only == null ? 0 : only; i < (only == null ? tries : only + 1); i++) {
            Mutant m = mutant(seeds, seed, i);
            Outcome o = onBigStack(() -> outcome(m.bytes(), m.minor()));
            if (o.problem() == null) {
                if (o.accepted()) {
                    accepted++;
                } else {
                    rejected++;
                }
                if (o.lookPerToken() > maxLook) {
                    maxLook = o.lookPerToken();
                    maxLookHow = "try " + i + ": " + m.how();
                }
            } else {
                failed++;
                String key = o.problem().key();
                if (!failures.containsKey(key) && failures.size() < FAILURES_SHOWN) {
                    byte[] small = shrink(m.bytes(), m.minor(), key);
                    Problem left = onBigStack(() -> outcome(small, m.minor())).problem();
                    failures.put(key, "try " + i + " (-Dgilscan.fuzz.only=" + i + "): "
                            + m.how() + ", py3" + m.minor() + "\n  " + o.problem().detail()
                            + "\n  shrunk to " + small.length + " bytes: " + quote(small)
                            + (left == null ? "" : "\n  " + left.detail()));
                }
            }
        }
        System.out.printf("parser fuzz: seed %d, %d mutants of %d files: %d trees, %d syntax "
                + "errors, %d failures; most prediction work %.2f looks per token (%s)%n", seed,
                accepted + rejected + failed, seeds.size(), accepted, rejected, failed, maxLook,
                maxLookHow);
        if (!failures.isEmpty()) {
            fail(failed + " mutants failed, " + failures.size() + " kind(s) of failure (seed "
                    + seed + "):\n"
                    + String.join("\n", failures.values()));
        }
    }

    /**
     * The counter counts, the same on a cold and a warm DFA cache, and grows with the input no
     * faster than the input: the constructs where prediction looks furthest, four times longer,
     * cost four times the looks.
     */
    @Test
    void predictionWorkIsCountedAndLinear() throws Exception {
        Map<String, String[]> constructs = Map.of(
                "binary operators", new String[] {"x = a", " + a", "\n"},
                "tuple targets", new String[] {"a", ", a", " = 1\n"},
                "list items never closed", new String[] {"x = [", "a, ", "\n"},
                "tuple then a misplaced '='", new String[] {"", "a, ", "= = 1\n"});
        for (Map.Entry<String, String[]> c : constructs.entrySet()) {
            String[] parts = c.getValue();
            byte[] small = utf8(parts[0] + parts[1].repeat(1000) + parts[2]);
            byte[] big = utf8(parts[0] + parts[1].repeat(4000) + parts[2]);
            // ANTLR's DFA cache is shared by all parsers: emptied, the first parse is a cold one
            SourceParser.parser(List.of(), PredictionMode.SLL).getInterpreter().clearDFA();
            Outcome first = onBigStack(() -> outcome(small, 13));
            Outcome again = onBigStack(() -> outcome(small, 13));
            Outcome four = onBigStack(() -> outcome(big, 13));
            assertThat(first.problem()).as(c.getKey()).isNull();
            assertThat(first.lookPerToken()).as(c.getKey()).isGreaterThan(0.4)
                    .isEqualTo(again.lookPerToken());
            assertThat(four.lookPerToken()).as(c.getKey())
                    .isCloseTo(first.lookPerToken(), offset(0.01));
        }
    }

    /** The position check refuses what is outside the input, and takes CPython's edge cases. */
    @Test
    void errorsOutsideTheInputAreCaught() {
        byte[] twoLines = utf8("x = (\r\nif y:");
        assertThat(badError(error("SyntaxError", 1, 5), twoLines)).isNull();
        assertThat(badError(error("SyntaxError", 2, 7), twoLines)).isNull(); // past the end
        assertThat(badError(error("IndentationError", 3, 0), twoLines)).isNull(); // a DEDENT
        assertThat(badError(error("SyntaxError", 4, 1), twoLines).key())
                .isEqualTo("position outside the input");
        assertThat(badError(error("SyntaxError", 1, 8), twoLines).key())
                .isEqualTo("position outside the input");
        assertThat(badError(error("ValueError", 1, 1), twoLines).key())
                .isEqualTo("bad error kind or message");
    }

    private static PythonSyntaxError error(String kind, int line, int column) {
        return new PythonSyntaxError(kind, "a message", "fuzz.py", line, column);
    }

    // ------------------------------------------------------------------ outcome and work

    /** What one parse gave: a tree or an allowed error, and the prediction work per token. */
    record Outcome(boolean accepted, double lookPerToken, @Nullable Problem problem) {}

    static Outcome outcome(byte[] bytes, int minor) {
        List<PythonParser> parsers = new ArrayList<>();
        boolean accepted;
        try {
            SourceParser.parse("fuzz.py", bytes, minor, p -> {
                p.setProfile(true);
                parsers.add(p);
            });
            accepted = true;
        } catch (PythonSyntaxError e) {
            Problem p = badError(e, bytes);
            if (p != null) {
                return new Outcome(false, 0, p);
            }
            accepted = false;
        } catch (Throwable t) {
            return new Outcome(false, 0, new Problem(signature(t), stackTop(t)));
        }
        long look = 0;
        int tokens = 0;
        for (PythonParser p : parsers) {
            for (DecisionInfo d : p.getParseInfo().getDecisionInfo()) {
                look += d.SLL_TotalLook + d.LL_TotalLook;
            }
            BufferedTokenStream stream = (BufferedTokenStream) p.getInputStream();
            stream.fill();
            tokens = Math.max(tokens, stream.size());
        }
        double perToken = (double) look / Math.max(tokens, 1);
        if (perToken > LOOK_PER_TOKEN) {
            return new Outcome(accepted, perToken, new Problem("superlinear prediction",
                    String.format("prediction looked at %d tokens for %d tokens (%.1f per token,"
                            + " more than %.1f)", look, tokens, perToken, LOOK_PER_TOKEN)));
        }
        return new Outcome(accepted, perToken, null);
    }

    /** Why a syntax error is not one gilscan may give, or null if it is. */
    static @Nullable Problem badError(PythonSyntaxError e, byte[] bytes) {
        if (!KINDS.contains(e.kind()) || e.getMessage() == null || e.getMessage().isBlank()) {
            return new Problem("bad error kind or message", e.format());
        }
        if (e.getMessage().contains("deeper than gilscan can follow")) {
            return new Problem("stack overflow", e.format());
        }
        List<Integer> lengths = lineLengths(bytes);
        boolean inside = e.line() >= 1 && e.line() <= lengths.size() + 1 && e.column() >= 0
                && e.column() <= (e.line() <= lengths.size() ? lengths.get(e.line() - 1) : 0) + 2;
        return inside ? null : new Problem("position outside the input", e.format() + " ("
                + lengths.size() + " lines)");
    }

    /** The length in bytes of each line, split at \n, \r\n and \r as CPython reads them. */
    static List<Integer> lineLengths(byte[] bytes) {
        List<Integer> lengths = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                lengths.add(i - start);
                if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lengths.add(bytes.length - start);
        }
        return lengths;
    }

    /** An exception's class and the first frame of gilscan's or ANTLR's code it came from. */
    private static String signature(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith("dev.gilscan.analyzer.parser.")
                    && !frame.getClassName().contains("Test")) {
                return t.getClass().getName() + " at " + frame;
            }
        }
        return t.getClass().getName();
    }

    private static String stackTop(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return String.join("\n    ", out.toString().lines().limit(12).toList());
    }

    /** Runs {@code work} on a thread with a scan thread's stack, as {@link PerFile} does. */
    private static <T> T onBigStack(Supplier<T> work) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "parser-fuzz", PerFile.STACK_BYTES);
        thread.start();
        thread.join();
        if (failure.get() != null) {
            throw new AssertionError("the fuzz harness failed", failure.get());
        }
        return result.get();
    }

    // ------------------------------------------------------------------ shrinking

    /**
     * The input with as many bytes removed as keep the same problem: chunks of half the input,
     * then quarters, ..., down to single bytes, within {@link #SHRINK_BUDGET} parses.
     */
    static byte[] shrink(byte[] input, int minor, String key) throws InterruptedException {
        byte[] current = input;
        int budget = SHRINK_BUDGET;
        for (int chunk = Math.max(1, current.length / 2); chunk >= 1 && budget > 0; ) {
            boolean removed = false;
            for (int start = 0; start < current.length && budget > 0; budget--) {
                byte[] candidate = new byte[current.length - Math.min(chunk,
                        current.length - start)];
                System.arraycopy(current, 0, candidate, 0, start);
                System.arraycopy(current, Math.min(start + chunk, current.length), candidate,
                        start, candidate.length - start);
                Problem p = onBigStack(() -> outcome(candidate, minor)).problem();
                if (p != null && p.key().equals(key)) {
                    current = candidate;
                    removed = true;
                } else {
                    start += chunk;
                }
            }
            if (!removed) {
                chunk /= 2;
            }
        }
        return current;
    }

    private static String quote(byte[] bytes) {
        StringBuilder b = new StringBuilder("b'");
        int shown = Math.min(bytes.length, 600);
        for (int i = 0; i < shown; i++) {
            int c = bytes[i] & 0xff;
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                default -> b.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c)
                        : String.format("\\x%02x", c));
            }
        }
        return b.append(shown < bytes.length ? "'..." : "'").toString();
    }

    // ------------------------------------------------------------------ mutants

    /** Mutant number {@code i} of the run with {@code seed}: the same for the same pair. */
    static Mutant mutant(List<Seed> seeds, long seed, int i) {
        Random rng = new Random(seed * 1_000_003L + i);
        Seed from = seeds.get(rng.nextInt(seeds.size()));
        List<String> tokens = new ArrayList<>(from.tokens());
        List<String> gaps = new ArrayList<>(from.gaps());
        List<String> how = new ArrayList<>();
        int changes = 1 + rng.nextInt(3);
        List<byte[]> junk = new ArrayList<>();
        int cut = -1;
        for (int c = 0; c < changes; c++) {
            int kind = rng.nextInt(7);
            if (kind >= 5 || tokens.size() < 2) {
                if (kind == 6 && cut < 0) {
                    cut = rng.nextInt(Integer.MAX_VALUE);
                } else {
                    byte[] bytes = new byte[1 + rng.nextInt(4)];
                    rng.nextBytes(bytes);
                    junk.add(bytes);
                }
                continue;
            }
            int k = rng.nextInt(tokens.size());
            String token = tokens.get(k);
            switch (kind) {
                case 0 -> {
                    tokens.remove(k);
                    gaps.set(k, gaps.get(k) + gaps.remove(k + 1));
                    how.add("deleted token " + k + " " + quote(utf8(token)));
                }
                case 1 -> {
                    tokens.add(k + 1, token);
                    gaps.add(k + 1, " ");
                    how.add("duplicated token " + k + " " + quote(utf8(token)));
                }
                case 2 -> {
                    int j = Math.min(k + 1, tokens.size() - 1);
                    Collections.swap(tokens, k, j == k ? k - 1 : j);
                    how.add("swapped token " + k + " " + quote(utf8(token)) + " with the next");
                }
                case 3 -> {
                    int j = rng.nextInt(tokens.size());
                    Collections.swap(tokens, k, j);
                    how.add("swapped tokens " + k + " and " + j);
                }
                default -> {
                    int j = rng.nextInt(tokens.size());
                    tokens.set(k, tokens.get(j));
                    how.add("replaced token " + k + " " + quote(utf8(token)) + " by token " + j
                            + " " + quote(utf8(tokens.get(j))));
                }
            }
        }
        StringBuilder text = new StringBuilder(gaps.get(0));
        for (int k = 0; k < tokens.size(); k++) {
            text.append(tokens.get(k)).append(gaps.get(k + 1));
        }
        byte[] bytes = utf8(text.toString());
        for (byte[] j : junk) {
            int at = rng.nextInt(bytes.length + 1);
            byte[] longer = new byte[bytes.length + j.length];
            System.arraycopy(bytes, 0, longer, 0, at);
            System.arraycopy(j, 0, longer, at, j.length);
            System.arraycopy(bytes, at, longer, at + j.length, bytes.length - at);
            bytes = longer;
            how.add("inserted " + quote(j) + " at byte " + at);
        }
        if (cut >= 0) {
            int at = cut % (bytes.length + 1);
            bytes = Arrays.copyOf(bytes, at);
            how.add("cut at byte " + at);
        }
        return new Mutant(bytes, 10 + rng.nextInt(5), from.name() + ": " + String.join(", ", how));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The repository's own Python files, each split into tokens by our tokenizer. */
    static List<Seed> seeds(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("test-fixtures", "python")) {
            try (Stream<Path> walk = Files.walk(root.resolve(folder))) {
                walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                        .forEach(files::add);
            }
        }
        try (Stream<Path> list = Files.list(root.resolve("scripts"))) {
            list.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .forEach(files::add);
        }
        Collections.sort(files);
        List<Seed> seeds = new ArrayList<>();
        for (Path file : files) {
            String name = root.relativize(file).toString().replace('\\', '/');
            SourceText source = new SourceText(name, new String(Files.readAllBytes(file),
                    StandardCharsets.UTF_8));
            seeds.add(split(name, source.text(), PythonLexer.tokenize(source, new ArrayList<>(),
                    new ArrayList<>()).tokens()));
        }
        return seeds;
    }

    /** A text as its tokens (those with text in it, in order) and the gaps between them. */
    static Seed split(String name, String text, List<Token> lexed) {
        List<String> tokens = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        int at = 0;
        for (Token t : lexed) {
            if (t.getType() == Token.EOF || t.getStartIndex() < at
                    || t.getStopIndex() < t.getStartIndex() || t.getStopIndex() >= text.length()) {
                continue;
            }
            gaps.add(text.substring(at, t.getStartIndex()));
            tokens.add(text.substring(t.getStartIndex(), t.getStopIndex() + 1));
            at = t.getStopIndex() + 1;
        }
        gaps.add(text.substring(at));
        return new Seed(name, tokens, gaps);
    }
}
