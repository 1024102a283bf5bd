package dev.gilscan.sarif;

import com.contrastsecurity.sarif.Message;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A gilscan message as SARIF writes it (2.1.0 §3.11): the plain {@code text} and, beside it,
 * {@code markdown}, where the message's {@code `code`} spans stay code spans and everything else
 * is escaped. Where the message names the start of one of the result's related locations, both
 * forms link it in SARIF's embedded-link syntax, {@code [line 9](1)}, with the related location's
 * {@code id} (§3.11.6), which GitHub code scanning and Microsoft's SARIF viewer turn into a link;
 * the text then escapes its literal square brackets with a backslash, as §3.11.6 requires.
 *
 * <p>A message names a place in one of these ways, and the link goes to a related location in
 * that file that starts on that line:
 * <ul>
 *   <li>{@code line 9}: in the result's own file;
 *   <li>{@code `sink.py:16`} (a code span of its own) or {@code pkg/sink.py:16} in the prose:
 *       in the file whose path ends with {@code sink.py} ({@code pkg/sink.py}), as
 *       gilscan's messages name a place in another file;
 *   <li>{@code line 12 of `worker.py`} or {@code line 12 in worker.py}, and
 *       {@code `worker.py` line 12} or {@code `worker.py` on line 12}: line 12 of that file.
 * </ul>
 * A {@code line N} that names another file is never linked to the result's own file, and a
 * plain {@code line N} never to another file.
 */
final class MessageMarkup {
    private static final String FILE = "[\\w.-]+(?:/[\\w.-]+)*\\.pyi?";
    /** {@code `pkg/sink.py:16`}: a whole code span. */
    private static final Pattern CODE_AT = Pattern.compile("`(" + FILE + "):(\\d+)`");
    /** {@code pkg/sink.py:16} in prose. */
    private static final Pattern PROSE_AT = Pattern.compile(
            "(?<![\\w./-])(" + FILE + "):(\\d+)\\b");
    /** {@code line 12 of `worker.py`}, {@code line 12 in worker.py}: the link is "line 12". */
    private static final Pattern LINE_OF = Pattern.compile(
            "\\bline (\\d+)(?= (?:of|in) (?:`(" + FILE + ")`|(" + FILE + ")\\b))");
    /** {@code `worker.py` line 12}, {@code `worker.py` on line 12}: the link is "line 12". */
    private static final Pattern FILE_LINE = Pattern.compile(
            "`(" + FILE + ")`,? (?:(?:on|at) )?(line (\\d+))\\b");
    private static final Pattern LINE = Pattern.compile("\\bline (\\d+)\\b");
    private static final String MARKDOWN_SPECIAL = "\\*_[]<>#|~!";

    /** A related location a message may link: its file, start line and {@code id}. */
    record Target(Path path, int line, int id) {}

    /**
     * A place the message names: the characters {@code [start, end)} that become the link,
     * the file ({@code null}: the result's own) and the line.
     */
    private record Mention(int start, int end, @Nullable String file, int line) {}

    private MessageMarkup() {}

    /** The message without links. */
    static Message of(String message) {
        return of(message, Path.of(""), List.of());
    }

    /**
     * The message of a result in {@code file}, with the places it names linked to the first of
     * {@code targets} there; each target is linked at most once.
     */
    static Message of(String message, Path file, List<Target> targets) {
        List<int[]> code = codeSpans(message);
        List<Mention> mentions = mentions(message, code);
        StringBuilder text = new StringBuilder();
        StringBuilder markdown = new StringBuilder();
        boolean[] used = new boolean[targets.size()];
        boolean linked = false;
        int at = 0;
        for (Mention m : mentions) {
            int target = target(m, file, targets, used);
            if (target < 0) {
                continue;
            }
            used[target] = true;
            linked = true;
            append(message.substring(at, m.start()), at, code, text, markdown);
            String link = "[" + message.substring(m.start(), m.end()) + "]("
                    + targets.get(target).id() + ")";
            text.append(link);
            markdown.append(link);
            at = m.end();
        }
        append(message.substring(at), at, code, text, markdown);
        return new Message().withText(linked ? text.toString() : message)
                .withMarkdown(markdown.toString());
    }

    /** The code spans of {@code message}, each {@code [open, close]} of its backticks. */
    private static List<int[]> codeSpans(String message) {
        List<int[]> spans = new ArrayList<>();
        int open = message.indexOf('`');
        while (open >= 0) {
            int close = message.indexOf('`', open + 1);
            if (close < 0) {
                break;
            }
            spans.add(new int[] {open, close});
            open = message.indexOf('`', close + 1);
        }
        return spans;
    }

    /** The places {@code message} names, in order, none overlapping another. */
    private static List<Mention> mentions(String message, List<int[]> code) {
        List<Mention> found = new ArrayList<>();
        Matcher m = CODE_AT.matcher(message);
        while (m.find()) {
            if (isCodeSpan(m.start(), m.end() - 1, code)) {
                found.add(new Mention(m.start(), m.end(), m.group(1), line(m.group(2))));
            }
        }
        for (m = PROSE_AT.matcher(message); m.find(); ) {
            found.add(new Mention(m.start(), m.end(), m.group(1), line(m.group(2))));
        }
        for (m = LINE_OF.matcher(message); m.find(); ) {
            String named = m.group(2) != null ? m.group(2) : m.group(3);
            found.add(new Mention(m.start(), m.end(), named, line(m.group(1))));
        }
        for (m = FILE_LINE.matcher(message); m.find(); ) {
            found.add(new Mention(m.start(2), m.end(2), m.group(1), line(m.group(3))));
        }
        for (m = LINE.matcher(message); m.find(); ) {
            found.add(new Mention(m.start(), m.end(), null, line(m.group(1))));
        }
        List<Mention> kept = new ArrayList<>();
        for (Mention candidate : found) {
            boolean wholeSpan = message.charAt(candidate.start()) == '`';
            boolean inProse = !inCode(candidate.start(), code)
                    && !inCode(candidate.end() - 1, code);
            boolean overlaps = kept.stream().anyMatch(k -> k.start() < candidate.end()
                    && candidate.start() < k.end());
            if ((wholeSpan || inProse) && !overlaps) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }

    private static int line(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException tooLong) {
            return -1;
        }
    }

    private static boolean isCodeSpan(int open, int close, List<int[]> code) {
        return code.stream().anyMatch(c -> c[0] == open && c[1] == close);
    }

    /** Whether the character at {@code i} is inside a code span, backticks included. */
    private static boolean inCode(int i, List<int[]> code) {
        return code.stream().anyMatch(c -> c[0] <= i && i <= c[1]);
    }

    /** The first unused target at the place {@code m} names, or -1. */
    private static int target(Mention m, Path file, List<Target> targets, boolean[] used) {
        for (int t = 0; t < targets.size(); t++) {
            Target target = targets.get(t);
            if (!used[t] && target.line() == m.line() && (m.file() == null
                    ? target.path().equals(file) : endsWith(target.path(), m.file()))) {
                return t;
            }
        }
        return -1;
    }

    /** Whether {@code path} is the file that {@code named} ({@code pkg/sink.py}) names. */
    private static boolean endsWith(Path path, String named) {
        String p = path.toString().replace('\\', '/');
        return p.equals(named) || p.endsWith("/" + named);
    }

    /**
     * Appends {@code part} of the message, which starts at {@code offset} and holds whole code
     * spans only: its prose escaped (brackets in the text, markup in the markdown), its code
     * spans kept as they are in the markdown.
     */
    private static void append(String part, int offset, List<int[]> code, StringBuilder text,
            StringBuilder markdown) {
        int i = 0;
        for (int[] c : code) {
            if (c[0] < offset + i || c[1] >= offset + part.length()) {
                continue;
            }
            String prose = part.substring(i, c[0] - offset);
            String span = part.substring(c[0] - offset, c[1] - offset + 1);
            text.append(escapeBrackets(prose)).append(escapeBrackets(span));
            markdown.append(escapeMarkdown(prose)).append(span);
            i = c[1] - offset + 1;
        }
        text.append(escapeBrackets(part.substring(i)));
        markdown.append(escapeMarkdown(part.substring(i)));
    }

    /** Plain text with its literal backslashes and square brackets escaped by a backslash. */
    private static String escapeBrackets(String plain) {
        return plain.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    /** Prose as markdown: the characters that markdown would read as markup escaped. */
    static String escapeMarkdown(String prose) {
        StringBuilder b = new StringBuilder(prose.length() + 8);
        for (int i = 0; i < prose.length(); i++) {
            char c = prose.charAt(i);
            if (MARKDOWN_SPECIAL.indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
