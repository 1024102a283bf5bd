package dev.gilscan.analyzer.engine;

import dev.gilscan.analyzer.parser.Comment;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code # noqa} comments, read as Ruff reads them: {@code # noqa} on a line suppresses every
 * finding reported on that line, {@code # noqa: GIL201, GIL202} only those rules (exact codes);
 * {@code # gilscan: noqa} anywhere suppresses the whole file.
 */
final class Noqa {
    private static final Pattern LINE = Pattern.compile(
            "#\\s*noqa(?::\\s*([A-Za-z]+[0-9]+(?:[\\s,]+[A-Za-z]+[0-9]+)*))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE = Pattern.compile("#\\s*gilscan\\s*:\\s*noqa\\b",
            Pattern.CASE_INSENSITIVE);

    /** Per line: the codes suppressed there; an empty set means all. */
    private final Map<Integer, Set<String>> lines = new HashMap<>();
    private final boolean wholeFile;

    private Noqa(List<Comment> comments) {
        boolean file = false;
        for (Comment c : comments) {
            if (FILE.matcher(c.text()).find()) {
                file = true;
                continue;
            }
            Matcher m = LINE.matcher(c.text());
            if (!m.find()) {
                continue;
            }
            Set<String> codes = lines.computeIfAbsent(c.line(), k -> new HashSet<>());
            if (m.group(1) == null) {
                codes.clear();
                codes.add("*");
            } else if (!codes.contains("*")) {
                for (String code : m.group(1).split("[\\s,]+")) {
                    codes.add(code.toUpperCase(Locale.ROOT));
                }
            }
        }
        this.wholeFile = file;
    }

    static Noqa of(List<Comment> comments) {
        return new Noqa(comments);
    }

    /**
     * How a finding of {@code ruleId} on {@code line} is suppressed ({@code # noqa},
     * {@code # noqa: GIL201}, {@code # gilscan: noqa}), or null if it is not.
     */
    String suppression(String ruleId, int line) {
        if (wholeFile) {
            return "# gilscan: noqa";
        }
        Set<String> codes = lines.get(line);
        if (codes == null) {
            return null;
        }
        if (codes.contains("*")) {
            return "# noqa";
        }
        return codes.contains(ruleId) ? "# noqa: " + ruleId : null;
    }
}
