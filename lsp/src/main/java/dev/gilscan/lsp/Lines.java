package dev.gilscan.lsp;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into lines as LSP counts them: a line ends at {@code \n}, {@code \r\n} or
 * {@code \r}, and columns are UTF-16 code units, which is how Java strings count.
 */
final class Lines {
    private final List<String> lines = new ArrayList<>();
    private final String lineBreak;

    Lines(String text) {
        String firstBreak = null;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
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
        lineBreak = firstBreak == null ? "\n" : firstBreak;
    }

    int count() {
        return lines.size();
    }

    /**
     * The line break the text uses, for lines an edit adds: its first one ({@code \r\n},
     * {@code \r} or {@code \n}), or {@code \n} for a text of one line.
     */
    String lineBreak() {
        return lineBreak;
    }

    /** The text of a 0-based line without its line break; empty past the end. */
    String line(int index) {
        return index >= 0 && index < lines.size() ? lines.get(index) : "";
    }

    /**
     * The 0-based column of the parser's 1-based column on a 0-based line, kept within the line.
     * The parser counts UTF-16 code units (Java chars), as LSP does; CPython's
     * {@code SyntaxError.offset} counts code points, which differ after a character outside the
     * Basic Multilingual Plane such as an emoji.
     */
    int column(int index, int oneBasedColumn) {
        return Math.max(0, Math.min(oneBasedColumn - 1, line(index).length()));
    }
}
