package dev.gilscan.testing;

import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.engine.Engine;
import dev.gilscan.analyzer.files.ProjectLoader;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.TargetVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

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
 * <p>Evidence. An expectation with a label, {@code # expect[a]: GIL304 {{...}}}, owns the
 * {@code related} and {@code step} markers that name the label, in any file of the fixture;
 * each stands on the line of its location (trailing, or a whole-line comment before it):
 *
 * <pre>
 * with A:  # related[a]: {{takes `A` here, first}}
 *     with B:  # expect[a]: GIL304 {{...}}
 * # step[a.1]: {{takes `B`}}
 * with B:
 *     with A:  # step[a.2]: {{takes `A` while holding `B`}}
 * </pre>
 *
 * <p>Once an expectation names any related location, the finding's related locations must be
 * exactly those (file, line and message; in any order); once it names any step, its flow must be
 * exactly those steps, numbered from 1 in the order reported. An expectation without a label
 * checks neither, as before. A label is used once per fixture; a related or step marker whose
 * label no expectation has, a labelled expectation that nothing names and steps not numbered
 * 1, 2, ... are problems of the fixture.
 *
 * <p>Named messages state a long message once per file: {@code # message[slow]: {{text}}}
 * anywhere in the file, then {@code [slow]} instead of {@code {{text}}} in any
 * {@code expect}, {@code related} or {@code step} marker of that file
 * ({@code # expect: GIL201 [slow]}). A name used but not defined in the file, or defined twice
 * or never used, is a problem of the fixture.
 *
 * <p>The rules' tests run the engine on the fixture ({@link #verify(Check, Path)}); the
 * command's tests run {@code gilscan check} on it and hand over what it printed
 * ({@link #read}, then {@link Markers#verify}): both are held to the same markers, read and
 * matched here alone. docs/dev/fixtures.md has the same, for fixture writers.
 */
public final class FixtureVerifier {

    /**
     * An {@code # expect:} marker; {@code column} is -1 without carets.
     *
     * @param label its {@code [label]}, null without one
     * @param related the related locations it requires; empty: they are not checked
     * @param steps the flow it requires, in order; empty: it is not checked
     */
    public record Expectation(Path file, int line, String rule, String message, int column,
            int endColumn, @Nullable String label, List<Place> related, List<Place> steps) {
        public Expectation {
            related = List.copyOf(related);
            steps = List.copyOf(steps);
        }

        Expectation withColumns(int from, int to) {
            return new Expectation(file, line, rule, message, from, to, label, related, steps);
        }
    }

    /** An {@code # FN:} or {@code # FP:} marker. */
    public record Known(Path file, int line, String kind, String rule) {}

    /** A related location or a step of a flow: where it starts, and its message. */
    public record Place(Path file, int line, String message) {
        /** Where {@code related} starts, with its message. */
        public static Place of(Finding.Related related) {
            Location l = related.location();
            return new Place(l.path(), l.span().line(), related.message());
        }

        @Override
        public String toString() {
            return file + ":" + line + " {{" + message + "}}";
        }
    }

    /**
     * A finding as reported, by the engine or in the command's output.
     *
     * @param column the first UTF-16 column, 0-based
     * @param endColumn the UTF-16 column after the last, 0-based
     * @param flow its steps, or null when the output it was read from does not show them
     *     (then no {@code step} marker is checked against it)
     */
    public record Reported(Path file, int line, String rule, String message, int column,
            int endColumn, List<Place> related, @Nullable List<Place> flow) {
        /** A finding of the engine. */
        public static Reported of(Finding f) {
            return new Reported(f.location().path(), f.location().span().line(), f.rule().id(),
                    f.message(), f.location().span().utf16Column(),
                    f.location().span().utf16EndColumn(),
                    f.related().stream().map(Place::of).toList(),
                    f.flow().stream().map(Place::of).toList());
        }
    }

    /**
     * What a fixture's markers say.
     *
     * @param target the version its {@code # fixture: target-version} names, or the default
     * @param problems what is wrong with the fixture itself (it does not parse, a marker is
     *     malformed or dangling, it expects nothing without saying it is clean)
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
        MarkerReader reader = new MarkerReader(problems);
        for (SemanticModel file : loaded.project().files()) {
            reader.read(file);
        }
        List<Expectation> expected = reader.expectations();
        if (expected.isEmpty() && reader.known().isEmpty() && !reader.clean()) {
            problems.add(fixture + ": no expectations; add `# fixture: clean` if it expects none");
        }
        return new Markers(fixture, target, expected, reader.known(), List.copyOf(problems));
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
            Reported match = match(e, findings);
            if (match == null) {
                problems.add(e.file() + ":" + e.line() + ": expected " + e.rule() + " {{"
                        + e.message() + "}} but nothing was reported");
                continue;
            }
            findings.remove(match);
            String at = e.file() + ":" + e.line() + ": " + e.rule();
            if (!match.message().equals(e.message())) {
                problems.add(at + " message differs\n"
                        + "  expected: " + e.message() + "\n  actual:   " + match.message());
            }
            if (e.column() >= 0 && (match.column() != e.column()
                    || match.endColumn() != e.endColumn())) {
                problems.add(at + " columns " + match.column() + "-" + match.endColumn()
                        + ", carets say " + e.column() + "-" + e.endColumn());
            }
            if (!e.related().isEmpty()) {
                related(at, e.related(), match.related(), problems);
            }
            if (!e.steps().isEmpty() && match.flow() != null && !e.steps().equals(match.flow())) {
                problems.add(at + " flow differs\n  expected:" + numbered(e.steps())
                        + "\n  actual:" + numbered(match.flow()));
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

    /**
     * The finding {@code e} describes: the rule's on its line, the one with its message if
     * several are.
     */
    private static @Nullable Reported match(Expectation e, List<Reported> findings) {
        Reported first = null;
        for (Reported f : findings) {
            if (f.rule().equals(e.rule()) && f.file().equals(e.file()) && f.line() == e.line()) {
                if (f.message().equals(e.message())) {
                    return f;
                }
                first = first == null ? f : first;
            }
        }
        return first;
    }

    /** Compares related locations as a multiset; a wrong message on the right line says so. */
    private static void related(String at, List<Place> expected, List<Place> reported,
            List<String> problems) {
        List<Place> missing = new ArrayList<>(expected);
        List<Place> extra = new ArrayList<>(reported);
        missing.removeIf(extra::remove);
        for (Iterator<Place> it = missing.iterator(); it.hasNext(); ) {
            Place p = it.next();
            Place sameLine = extra.stream()
                    .filter(r -> r.file().equals(p.file()) && r.line() == p.line())
                    .findFirst().orElse(null);
            if (sameLine != null) {
                problems.add(at + " related location " + p.file() + ":" + p.line()
                        + " message differs\n  expected: " + p.message() + "\n  actual:   "
                        + sameLine.message());
                extra.remove(sameLine);
                it.remove();
            }
        }
        for (Place p : missing) {
            problems.add(at + " related location " + p + " is not reported");
        }
        for (Place p : extra) {
            problems.add(at + " unexpected related location " + p);
        }
    }

    private static String numbered(List<Place> steps) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            b.append("\n    ").append(i + 1).append(". ").append(steps.get(i));
        }
        return steps.isEmpty() ? " none" : b.toString();
    }

    /** The target version a {@code # fixture: target-version} line names, or the default. */
    private static TargetVersion target(Path fixture) throws IOException {
        List<Path> files;
        try (var walk = Files.walk(fixture)) {
            files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        for (Path p : files) {
            for (String line : Files.readAllLines(p)) {
                Matcher m = MarkerReader.TARGET.matcher(line.strip());
                if (m.matches()) {
                    return TargetVersion.parse(m.group(1));
                }
            }
        }
        return TargetVersion.DEFAULT;
    }
}
