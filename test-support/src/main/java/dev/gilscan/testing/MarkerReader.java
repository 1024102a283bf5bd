package dev.gilscan.testing;

import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.parser.Comment;
import dev.gilscan.analyzer.parser.SourceText;
import dev.gilscan.testing.FixtureVerifier.Expectation;
import dev.gilscan.testing.FixtureVerifier.Known;
import dev.gilscan.testing.FixtureVerifier.Place;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the markers of one fixture, file by file, then ties the {@code related} and
 * {@code step} markers to the expectations their labels name ({@link FixtureVerifier} has the
 * syntax). Everything malformed, dangling or unused becomes a problem of the fixture.
 */
final class MarkerReader {
    /** A message: inline {@code {{text}}}, or {@code [name]} of a {@code # message[name]:}. */
    private static final String TEXT = "(?:\\{\\{(.+)}}|\\[([\\w-]+)])";
    private static final Pattern MARKER = Pattern.compile(
            "#\\s*(expect|FN|FP|fixture)\\b.*|#\\s*(related|step|message)\\[.*");
    private static final Pattern EXPECT = Pattern.compile(
            "#\\s*expect(?:\\[([\\w-]+)])?:\\s*(GIL\\d{3})\\s+" + TEXT + "\\s*");
    private static final Pattern RELATED = Pattern.compile(
            "#\\s*related\\[([\\w-]+)]:\\s*" + TEXT + "\\s*");
    private static final Pattern STEP = Pattern.compile(
            "#\\s*step\\[([\\w-]+)\\.([1-9]\\d*)]:\\s*" + TEXT + "\\s*");
    private static final Pattern MESSAGE = Pattern.compile(
            "#\\s*message\\[([\\w-]+)]:\\s*\\{\\{(.+)}}\\s*");
    private static final Pattern KNOWN = Pattern.compile("#\\s*(FN|FP):\\s*(GIL\\d{3})\\s+\\S.*");
    private static final Pattern CLEAN = Pattern.compile("#\\s*fixture:\\s*clean\\s*");
    static final Pattern TARGET = Pattern.compile(
            "#\\s*fixture:\\s*target-version\\s+(py3\\d+t?)\\s*");
    private static final Pattern CARETS = Pattern.compile("#(\\s*)(\\^+)\\s*");

    /** A {@code related} or {@code step} marker; {@code index} is 0 for a related one. */
    private record Evidence(String label, int index, Place place, Path file, int markerLine) {
        boolean isStep() {
            return index > 0;
        }

        String marker() {
            return (isStep() ? "step[" + label + "." + index : "related[" + label) + "]";
        }
    }

    private final List<Expectation> expected = new ArrayList<>();
    private final List<Known> known = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<String> problems;
    private boolean clean;

    MarkerReader(List<String> problems) {
        this.problems = problems;
    }

    boolean clean() {
        return clean;
    }

    List<Known> known() {
        return List.copyOf(known);
    }

    /** Reads one file's markers. */
    void read(SemanticModel file) {
        SourceText source = file.parse().source();
        Map<String, String> messages = messages(file);
        Set<String> used = new HashSet<>();
        Expectation last = null;
        for (Comment c : file.parse().comments()) {
            String text = c.text().strip();
            boolean trailing = !source.lineText(c.line()).substring(0, c.column()).isBlank();
            Matcher carets = CARETS.matcher(text);
            if (!trailing && carets.matches() && last != null && last.line() == c.line() - 1) {
                int column = c.column() + 1 + carets.group(1).length();
                expected.set(expected.indexOf(last), last.withColumns(column,
                        column + carets.group(2).length()));
                last = null;
                continue;
            }
            if (!MARKER.matcher(text).matches()) {
                continue;
            }
            String at = file.path() + ":" + c.line() + ": ";
            int line = trailing ? c.line() : nextCodeLine(source, c.line());
            Matcher m;
            if ((m = EXPECT.matcher(text)).matches()) {
                String message = message(m, 3, messages, used, at);
                if (message != null) {
                    Expectation e = new Expectation(file.path(), line, m.group(2), message, -1,
                            -1, m.group(1), List.of(), List.of());
                    expected.add(e);
                    last = trailing ? e : null;
                }
            } else if ((m = RELATED.matcher(text)).matches()
                    || (m = STEP.matcher(text)).matches()) {
                boolean step = m.pattern() == STEP;
                String message = message(m, step ? 3 : 2, messages, used, at);
                if (message != null) {
                    evidence.add(new Evidence(m.group(1), step ? Integer.parseInt(m.group(2)) : 0,
                            new Place(file.path(), line, message), file.path(), c.line()));
                }
            } else if ((m = KNOWN.matcher(text)).matches()) {
                known.add(new Known(file.path(), c.line(), m.group(1), m.group(2)));
            } else if (CLEAN.matcher(text).matches()) {
                clean = true;
            } else if (!TARGET.matcher(text).matches() && !MESSAGE.matcher(text).matches()) {
                problems.add(at + "malformed marker: " + text);
            }
        }
        for (String name : messages.keySet()) {
            if (!used.contains(name)) {
                problems.add(file.path() + ": message[" + name + "] is never used in the file");
            }
        }
    }

    /** The file's named messages, {@code # message[name]: {{text}}}, wherever they stand. */
    private Map<String, String> messages(SemanticModel file) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (Comment c : file.parse().comments()) {
            Matcher m = MESSAGE.matcher(c.text().strip());
            if (m.matches() && messages.put(m.group(1), m.group(2)) != null) {
                problems.add(file.path() + ":" + c.line() + ": message[" + m.group(1)
                        + "] is defined twice in the file");
            }
        }
        return messages;
    }

    /** The inline text in {@code group}, or the named message in the next group; null if none. */
    private @Nullable String message(Matcher m, int group, Map<String, String> messages,
            Set<String> used, String at) {
        if (m.group(group) != null) {
            return m.group(group);
        }
        String name = m.group(group + 1);
        used.add(name);
        String text = messages.get(name);
        if (text == null) {
            problems.add(at + "no `# message[" + name + "]: {{...}}` in this file");
        }
        return text;
    }

    /** The expectations, each with the related locations and steps its label collects. */
    List<Expectation> expectations() {
        Map<String, Expectation> byLabel = new LinkedHashMap<>();
        for (Expectation e : expected) {
            if (e.label() != null) {
                Expectation before = byLabel.put(e.label(), e);
                if (before != null) {
                    problems.add(e.file() + ":" + e.line() + ": label [" + e.label()
                            + "] is on another expectation too, at " + before.file() + ":"
                            + before.line());
                }
            }
        }
        for (Evidence ev : evidence) {
            if (!byLabel.containsKey(ev.label())) {
                problems.add(ev.file() + ":" + ev.markerLine() + ": " + ev.marker()
                        + " names no expectation: no `# expect[" + ev.label() + "]:` in the"
                        + " fixture");
            }
        }
        List<Expectation> all = new ArrayList<>();
        for (Expectation e : expected) {
            all.add(e.label() == null ? e : withEvidence(e));
        }
        return List.copyOf(all);
    }

    private Expectation withEvidence(Expectation e) {
        List<Place> related = new ArrayList<>();
        Place[] steps = new Place[(int) evidence.stream()
                .filter(ev -> ev.isStep() && ev.label().equals(e.label())).count()];
        for (Evidence ev : evidence) {
            if (!ev.label().equals(e.label())) {
                continue;
            }
            if (!ev.isStep()) {
                related.add(ev.place());
            } else if (ev.index() > steps.length || steps[ev.index() - 1] != null) {
                problems.add(ev.file() + ":" + ev.markerLine() + ": " + ev.marker() + ": the "
                        + steps.length + " steps of [" + e.label() + "] must be numbered 1 to "
                        + steps.length + ", each once");
            } else {
                steps[ev.index() - 1] = ev.place();
            }
        }
        if (related.isEmpty() && steps.length == 0) {
            problems.add(e.file() + ":" + e.line() + ": expect[" + e.label() + "] is labelled"
                    + " but no related or step marker names it");
        }
        List<Place> flow = new ArrayList<>();
        for (Place p : steps) {
            if (p != null) {
                flow.add(p);
            }
        }
        return new Expectation(e.file(), e.line(), e.rule(), e.message(), e.column(),
                e.endColumn(), e.label(), related, flow);
    }

    /** The first line after {@code line} with code on it: where a whole-line marker applies. */
    private static int nextCodeLine(SourceText source, int line) {
        int next = line + 1;
        while (next <= source.lineCount() && isCommentOrBlank(source.lineText(next))) {
            next++;
        }
        return next;
    }

    private static boolean isCommentOrBlank(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }
}
