package dev.gilscan.rules.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A file's text as it is on disk or in an editor's buffer, cut into lines as Python and LSP count
 * them: a line ends at {@code \n}, {@code \r\n} or {@code \r}, and columns are UTF-16 code units,
 * which is how Java strings count. Fixes are applied to this text, not to the analyzer's (whose
 * line breaks are all {@code \n}).
 */
public final class TextLines {
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    private final String lineBreak;

    public TextLines(String text) {
        String firstBreak = null;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                starts.add(start);
                int end = i;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (firstBreak == null) {
                    firstBreak = text.substring(end, i + 1);
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        starts.add(start);
        lineBreak = firstBreak == null ? "\n" : firstBreak;
    }

    public int count() {
        return lines.size();
    }

    /**
     * The line break the text uses, for lines an edit adds: its first one ({@code \r\n},
     * {@code \r} or {@code \n}), or {@code \n} for a text of one line.
     */
    public String lineBreak() {
        return lineBreak;
    }

    /** The text of a 0-based line without its line break; empty past the end. */
    public String line(int index) {
        return index >= 0 && index < lines.size() ? lines.get(index) : "";
    }

    /**
     * The offset in the text of a 0-based column on a 0-based line, kept within the line; past
     * the last line, the end of the text.
     */
    public int offset(int index, int column) {
        if (index >= lines.size()) {
            return starts.get(lines.size() - 1) + lines.get(lines.size() - 1).length();
        }
        return starts.get(index) + Math.max(0, Math.min(column, lines.get(index).length()));
    }

    /**
     * The 0-based column of the parser's 1-based column on a 0-based line, kept within the line.
     * The parser counts UTF-16 code units (Java chars), as LSP does; CPython's
     * {@code SyntaxError.offset} counts code points, which differ after a character outside the
     * Basic Multilingual Plane such as an emoji.
     */
    public int column(int index, int oneBasedColumn) {
        return Math.max(0, Math.min(oneBasedColumn - 1, line(index).length()));
    }
}
