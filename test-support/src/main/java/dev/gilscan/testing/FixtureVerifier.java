package dev.gilscan.testing;

import dev.gilscan.analyzer.engine.Engine;
import dev.gilscan.analyzer.files.ProjectLoader;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.parser.Comment;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.TargetVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a rule against a fixture: a {@code .py} file, or a folder of them checked as one project.
 * The fixture's comments say what the rule must report, and the verifier fails on anything
 * missing, unexpected or malformed:
 *
 * <pre>
 * pool = ProcessPoolExecutor()  # expect: GIL201 {{the exact message}}
 * # expect: GIL202 {{message}}      (a whole-line comment applies to the next code line)
 * pool.map(lambda x: x, xs)
 * #        ^^^^^^^^^^^^^         (optional: the primary location's columns on the line above)
 * run()  # FN: GIL201 reason     (known false negative: must NOT be reported, until fixed)
 * ok()   # FP: GIL201 reason     (known false positive: IS reported, until fixed)
 * # fixture: clean               (required when a fixture expects nothing)
 * # fixture: target-version py312 (checks the whole fixture for that Python; default py314)
 * </pre>
 *
 * <p>The rules' tests run the engine on the fixture ({@link #verify(Check, Path)}); the
 * command's tests run {@code gilscan check} on it and hand over what it printed
 * ({@link #read}, then {@link Markers#verify}): both are held to the same markers, read and
 * matched here alone.
 */
public final class FixtureVerifier {
    private static final Pattern MARKER = Pattern.compile("#\\s*(expect|FN|FP|fixture)\\b.*");
    private static final Pattern EXPECT = Pattern.compile(
            "#\\s*expect:\\s*(GIL\\d{3})\\s+\\{\\{(.+)}}\\s*");
    private static final Pattern KNOWN = Pattern.compile("#\\s*(FN|FP):\\s*(GIL\\d{3})\\s+\\S.*");
    private static final Pattern CLEAN = Pattern.compile("#\\s*fixture:\\s*clean\\s*");
    private static final Pattern TARGET = Pattern.compile(
            "#\\s*fixture:\\s*target-version\\s+(py3\\d+t?)\\s*");
    private static final Pattern CARETS = Pattern.compile("#(\\s*)(\\^+)\\s*");

    /** An {@code # expect:} marker; {@code column} is -1 without carets. */
    public record Expectation(Path file, int line, String rule, String message, int column,
            int endColumn) {}

    /** An {@code # FN:} or {@code # FP:} marker. */
    public record Known(Path file, int line, String kind, String rule) {}

    /**
     * A finding as reported, by the engine or in the command's output.
     *
     * @param column the first UTF-16 column, 0-based
     * @param endColumn the UTF-16 column after the last, 0-based
     */
    public record Reported(Path file, int line, String rule, String message, int column,
            int endColumn) {
        /** A finding of the engine. */
        public static Reported of(Finding f) {
            return new Reported(f.location().path(), f.location().span().line(), f.rule().id(),
                    f.message(), f.location().span().utf16Column(),
                    f.location().span().utf16EndColumn());
        }
    }

    /**
     * What a fixture's markers say.
     *
     * @param target the version its {@code # fixture: target-version} names, or the default
     * @param problems what is wrong with the fixture itself (it does not parse, a marker is
     *     malformed, it expects nothing without saying it is clean)
     */
    public record Markers(Path fixture, TargetVersion target, List<Expectation> expected,
            List<Known> known, List<String> problems) {
        /**
         * Checks what was reported for {@code rule} on the fixture against the markers, with
         * {@code errors} (internal errors of the run) counted as problems; throws
         * AssertionError listing every problem.
         */
        public void verify(String rule, List<Reported> reported, List<String> errors) {
            List<String> all = new ArrayList<>(problems);
            all.addAll(errors);
            all.addAll(mismatches(this, rule, reported));
            if (!all.isEmpty()) {
                throw new AssertionError(fixture + ":\n  " + String.join("\n  ", all));
            }
        }
    }

    private FixtureVerifier() {}

    /** Verifies {@code check} on the fixture at {@code fixture}; throws AssertionError listing every problem. */
    public static void verify(Check check, Path fixture) throws IOException {
        TargetVersion target = target(fixture);
        ProjectLoader.Loaded loaded = ProjectLoader.load(fixture, target.minor());
        Markers markers = markers(fixture, target, loaded);
        Engine.Result result = new Engine(List.of(check)).run(loaded.project(), target);
        markers.verify(check.descriptor().id(),
                result.findings().stream().map(Reported::of).toList(), result.errors());
    }

    /** Reads the markers of the fixture at {@code fixture} (a file, or a folder of them). */
    public static Markers read(Path fixture) throws IOException {
        TargetVersion target = target(fixture);
        return markers(fixture, target, ProjectLoader.load(fixture, target.minor()));
    }

    private static Markers markers(Path fixture, TargetVersion target,
            ProjectLoader.Loaded loaded) {
        List<String> problems = new ArrayList<>();
        for (ProjectLoader.Problem p : loaded.problems()) {
            problems.add(p.path() + ":" + p.line() + ": fixture does not parse: " + p.message());
        }
        List<Expectation> expected = new ArrayList<>();
        List<Known> known = new ArrayList<>();
        boolean clean = false;
        for (SemanticModel file : loaded.project().files()) {
            clean |= readMarkers(file, expected, known, problems);
        }
        if (expected.isEmpty() && known.isEmpty() && !clean) {
            problems.add(fixture + ": no expectations; add `# fixture: clean` if it expects none");
        }
        return new Markers(fixture, target, List.copyOf(expected), List.copyOf(known),
                List.copyOf(problems));
    }

    /** What differs between the markers and what was reported for {@code rule}. */
    private static List<String> mismatches(Markers markers, String rule,
            List<Reported> reported) {
        List<String> problems = new ArrayList<>();
        List<Reported> findings = new ArrayList<>(reported);
        for (Known k : markers.known()) {
            boolean reportedHere = findings.removeIf(f -> f.rule().equals(k.rule())
                    && f.file().equals(k.file()) && f.line() == k.line());
            if (k.kind().equals("FP") && !reportedHere) {
                problems.add(k.file() + ":" + k.line() + ": the known false positive of " + k.rule()
                        + " is no longer reported: remove the FP marker");
            } else if (k.kind().equals("FN") && reportedHere) {
                problems.add(k.file() + ":" + k.line() + ": the known false negative of " + k.rule()
                        + " is now reported: turn the FN marker into an expectation");
            }
        }
        for (Expectation e : markers.expected()) {
            Reported match = null;
            for (Reported f : findings) {
                if (f.rule().equals(e.rule()) && f.file().equals(e.file())
                        && f.line() == e.line()) {
                    match = f;
                    break;
                }
            }
            if (match == null) {
                problems.add(e.file() + ":" + e.line() + ": expected " + e.rule() + " {{"
                        + e.message() + "}} but nothing was reported");
                continue;
            }
            findings.remove(match);
            if (!match.message().equals(e.message())) {
                problems.add(e.file() + ":" + e.line() + ": " + e.rule() + " message differs\n"
                        + "  expected: " + e.message() + "\n  actual:   " + match.message());
            }
            if (e.column() >= 0 && (match.column() != e.column()
                    || match.endColumn() != e.endColumn())) {
                problems.add(e.file() + ":" + e.line() + ": " + e.rule() + " columns "
                        + match.column() + "-" + match.endColumn() + ", carets say " + e.column()
                        + "-" + e.endColumn());
            }
        }
        for (Reported f : findings) {
            if (f.rule().equals(rule)) {
                problems.add(f.file() + ":" + f.line() + ": unexpected " + f.rule() + " {{"
                        + f.message() + "}}");
            }
        }
        return problems;
    }

    /** The target version a {@code # fixture: target-version} line names, or the default. */
    private static TargetVersion target(Path fixture) throws IOException {
        List<Path> files;
        try (var walk = java.nio.file.Files.walk(fixture)) {
            files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        for (Path p : files) {
            for (String line : java.nio.file.Files.readAllLines(p)) {
                Matcher m = TARGET.matcher(line.strip());
                if (m.matches()) {
                    return TargetVersion.parse(m.group(1));
                }
            }
        }
        return TargetVersion.DEFAULT;
    }

    /** Reads one file's markers; returns true if it declares itself clean. */
    private static boolean readMarkers(SemanticModel file, List<Expectation> expected,
            List<Known> known, List<String> problems) {
        boolean clean = false;
        var source = file.parse().source();
        List<Expectation> pending = new ArrayList<>();
        Expectation last = null;
        for (Comment c : file.parse().comments()) {
            String text = c.text().strip();
            String codeBefore = source.lineText(c.line()).substring(0, c.column()).strip();
            Matcher carets = CARETS.matcher(text);
            if (codeBefore.isEmpty() && carets.matches() && last != null
                    && last.line() == c.line() - 1) {
                int column = c.column() + 1 + carets.group(1).length();
                Expectation withColumns = new Expectation(last.file(), last.line(), last.rule(),
                        last.message(), column, column + carets.group(2).length());
                expected.set(expected.indexOf(last), withColumns);
                last = null;
                continue;
            }
            if (!MARKER.matcher(text).matches()) {
                continue;
            }
            Matcher m;
            if ((m = EXPECT.matcher(text)).matches()) {
                Expectation e = new Expectation(file.path(), c.line(), m.group(1), m.group(2),
                        -1, -1);
                if (codeBefore.isEmpty()) {
                    pending.add(e);
                } else {
                    expected.add(e);
                    last = e;
                }
            } else if ((m = KNOWN.matcher(text)).matches()) {
                known.add(new Known(file.path(), c.line(), m.group(1), m.group(2)));
            } else if (CLEAN.matcher(text).matches()) {
                clean = true;
            } else if (!TARGET.matcher(text).matches()) {
                problems.add(file.path() + ":" + c.line() + ": malformed marker: " + text);
            }
        }
        // Whole-line expectations apply to the next line that has code on it.
        for (Expectation e : pending) {
            int line = e.line() + 1;
            while (line <= source.lineCount() && isCommentOrBlank(source.lineText(line))) {
                line++;
            }
            Expectation moved = new Expectation(e.file(), line, e.rule(), e.message(), -1, -1);
            expected.add(moved);
        }
        return clean;
    }

    private static boolean isCommentOrBlank(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }
}
