package dev.gilscan.analyzer.engine;

import dev.gilscan.analyzer.parser.Comment;
import dev.gilscan.analyzer.parser.JoinedLines;
import dev.gilscan.analyzer.parser.ParseResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code # noqa} comments, read as Ruff reads them: {@code # noqa} on a line suppresses every
 * finding reported on that line, {@code # noqa: GIL201, GIL202} only those rules (exact codes);
 * {@code # gilscan: noqa} anywhere suppresses the whole file, and {@code # gilscan: noqa: GIL202}
 * only those rules in the whole file (Ruff's {@code # ruff: noqa: E501}).
 *
 * <p>A line that cannot end with a comment speaks through the last line joined to it, as in
 * Ruff: a finding on a line of a string spanning lines (its first line included) or on a line
 * continued with a backslash is suppressed by the comment at the end of the string's last line,
 * or of the last continued line.
 *
 * <pre>
 * pool = start("""        # a finding here...
 *     text
 * """)  # noqa: GIL201    ...is suppressed here
 * </pre>
 *
 * <p>The engine and {@code dev.gilscan.rules.fix.NoqaEdit} (the editor's quick fix and
 * {@code gilscan check --add-noqa}) both read this, so the comment goes where the check looks.
 */
public final class Noqa {
    private static final Pattern LINE = Pattern.compile(
            "#\\s*noqa(?::\\s*([A-Za-z]+[0-9]+(?:[\\s,]+[A-Za-z]+[0-9]+)*))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE = Pattern.compile(
            "#\\s*gilscan\\s*:\\s*noqa\\b(?::\\s*([A-Za-z]+[0-9]+(?:[\\s,]+[A-Za-z]+[0-9]+)*))?",
            Pattern.CASE_INSENSITIVE);

    /** Per line: the codes suppressed there; an empty set means all. */
    private final Map<Integer, Set<String>> lines = new HashMap<>();
    /** The first line of each run of joined lines, to its last line. */
    private final TreeMap<Integer, Integer> joined = new TreeMap<>();
    /** The codes suppressed in the whole file; {@code "*"} means all. */
    private final Set<String> wholeFile = new HashSet<>();

    private Noqa(List<Comment> comments, List<JoinedLines> joinedLines) {
        for (Comment c : comments) {
            Matcher f = FILE.matcher(c.text());
            if (f.find()) {
                addCodes(wholeFile, f.group(1));
                continue;
            }
            Matcher m = LINE.matcher(c.text());
            if (!m.find()) {
                continue;
            }
            addCodes(lines.computeIfAbsent(c.line(), k -> new HashSet<>()), m.group(1));
        }
        // Runs that overlap (a string starting on a continued line) join into one.
        List<JoinedLines> sorted = new ArrayList<>(joinedLines);
        sorted.sort(Comparator.comparingInt(JoinedLines::first));
        int first = -1;
        int last = -1;
        for (JoinedLines run : sorted) {
            if (run.first() <= last) {
                last = Math.max(last, run.last());
                continue;
            }
            if (first > 0) {
                joined.put(first, last);
            }
            first = run.first();
            last = run.last();
        }
        if (first > 0) {
            joined.put(first, last);
        }
    }

    /** Adds a comment's code list (null: every code, written {@code "*"}) to {@code codes}. */
    private static void addCodes(Set<String> codes, @Nullable String list) {
        if (list == null) {
            codes.clear();
            codes.add("*");
        } else if (!codes.contains("*")) {
            for (String code : list.split("[\\s,]+")) {
                codes.add(code.toUpperCase(Locale.ROOT));
            }
        }
    }

    /** The {@code # noqa} comments of a parsed file. */
    public static Noqa of(ParseResult parse) {
        return new Noqa(parse.comments(), parse.joinedLines());
    }

    /** The 1-based line whose comment suppresses the findings reported on {@code line}. */
    public int commentLine(int line) {
        Map.Entry<Integer, Integer> run = joined.floorEntry(line);
        return run != null && line <= run.getValue() ? run.getValue() : line;
    }

    /**
     * How a finding of {@code ruleId} reported on {@code line} is suppressed ({@code # noqa},
     * {@code # noqa: GIL201}, {@code # gilscan: noqa}), or null if it is not.
     */
    public @Nullable String suppression(String ruleId, int line) {
        if (wholeFile.contains("*")) {
            return "# gilscan: noqa";
        }
        if (wholeFile.contains(ruleId)) {
            return "# gilscan: noqa: " + ruleId;
        }
        Set<String> codes = lines.get(commentLine(line));
        if (codes == null) {
            return null;
        }
        if (codes.contains("*")) {
            return "# noqa";
        }
        return codes.contains(ruleId) ? "# noqa: " + ruleId : null;
    }

    /**
     * Where the code list of a comment's {@code # noqa: GIL101, ...} ends (an index into
     * {@code comment}), or -1 when the comment has no such list.
     */
    public static int codesEnd(String comment) {
        Matcher m = LINE.matcher(comment);
        return m.find() && m.group(1) != null ? m.end(1) : -1;
    }
}
