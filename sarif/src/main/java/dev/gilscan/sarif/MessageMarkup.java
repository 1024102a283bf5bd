package dev.gilscan.sarif;

import com.contrastsecurity.sarif.Message;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gilscan message as SARIF writes it (2.1.0 §3.11): the plain {@code text} and, beside it,
 * {@code markdown}, where the message's {@code `code`} spans stay code spans and everything else
 * is escaped. Where the message names the line of one of the result's related locations
 * ({@code the loop at line 9}), both forms link it in SARIF's embedded-link syntax,
 * {@code [line 9](1)}, with the related location's {@code id} (§3.11.6), which GitHub code
 * scanning and Microsoft's SARIF viewer turn into a link; the text then escapes its literal
 * square brackets with a backslash, as §3.11.6 requires.
 */
final class MessageMarkup {
    private static final Pattern LINE = Pattern.compile("\\bline (\\d+)\\b");
    private static final String MARKDOWN_SPECIAL = "\\*_[]<>#|~!";

    /** A related location a message may link: its start line and its {@code id}. */
    record Target(int line, int id) {}

    private MessageMarkup() {}

    /** The message without links. */
    static Message of(String message) {
        return of(message, List.of());
    }

    /**
     * The message, with "line N" outside code spans linked to the first of {@code targets} that
     * starts on line N; each target is linked at most once.
     */
    static Message of(String message, List<Target> targets) {
        StringBuilder text = new StringBuilder();
        StringBuilder markdown = new StringBuilder();
        boolean[] used = new boolean[targets.size()];
        boolean linked = false;
        int i = 0;
        while (i < message.length()) {
            int open = message.indexOf('`', i);
            int close = open < 0 ? -1 : message.indexOf('`', open + 1);
            int proseEnd = close < 0 ? message.length() : open;
            linked |= prose(message.substring(i, proseEnd), targets, used, text, markdown);
            if (close < 0) {
                break;
            }
            String code = message.substring(open, close + 1);
            text.append(escapeBrackets(code));
            markdown.append(code);
            i = close + 1;
        }
        return new Message().withText(linked ? text.toString() : message)
                .withMarkdown(markdown.toString());
    }

    /**
     * Appends prose to the text (its brackets escaped) and to the markdown, linking lines; true if
     * it linked one.
     */
    private static boolean prose(String prose, List<Target> targets, boolean[] used,
            StringBuilder text, StringBuilder markdown) {
        boolean linked = false;
        Matcher m = LINE.matcher(prose);
        int from = 0;
        while (m.find()) {
            int target = unusedTarget(Integer.parseInt(m.group(1)), targets, used);
            if (target < 0) {
                continue;
            }
            used[target] = true;
            linked = true;
            String before = prose.substring(from, m.start());
            String link = "[" + m.group() + "](" + targets.get(target).id() + ")";
            text.append(escapeBrackets(before)).append(link);
            markdown.append(escapeMarkdown(before)).append(link);
            from = m.end();
        }
        text.append(escapeBrackets(prose.substring(from)));
        markdown.append(escapeMarkdown(prose.substring(from)));
        return linked;
    }

    private static int unusedTarget(int line, List<Target> targets, boolean[] used) {
        for (int t = 0; t < targets.size(); t++) {
            if (!used[t] && targets.get(t).line() == line) {
                return t;
            }
        }
        return -1;
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
