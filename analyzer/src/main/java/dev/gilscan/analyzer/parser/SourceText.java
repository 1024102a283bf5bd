package dev.gilscan.analyzer.parser;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The decoded text of one Python file with universal newlines applied ({@code \r\n} and {@code \r}
 * read as {@code \n}, as CPython's tokenizer does), and a line table that turns a character column
 * into the UTF-8 byte column CPython reports.
 */
public final class SourceText {
    private final String path;
    private final String text;
    private final int[] lineStarts;
    /** Per line: 0 not yet known, 1 all ASCII, 2 has non-ASCII characters. */
    private final byte[] lineKinds;

    public SourceText(String path, String decoded) {
        this.path = path;
        this.text = normalizeNewlines(decoded);
        int[] starts = new int[64];
        int count = 0;
        starts[count++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.lineKinds = new byte[count];
    }

    private static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Character index of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** The text of a 1-based line without its newline. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        return text.substring(start, end);
    }

    /** The UTF-8 byte offset of a 0-based character column on a 1-based line. */
    public int utf8Column(int line, int charColumn) {
        if (line < 1 || line > lineStarts.length || isAscii(line)) {
            return charColumn;
        }
        int start = lineStarts[line - 1];
        int bytes = 0;
        for (int i = start, end = Math.min(start + charColumn, text.length()); i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < end
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private boolean isAscii(int line) {
        byte kind = lineKinds[line - 1];
        if (kind == 0) {
            int end = line < lineStarts.length ? lineStarts[line] : text.length();
            kind = 1;
            for (int i = lineStarts[line - 1]; i < end; i++) {
                if (text.charAt(i) >= 0x80) {
                    kind = 2;
                    break;
                }
            }
            lineKinds[line - 1] = kind;
        }
        return kind == 1;
    }

    /** The text a span covers (its UTF-16 columns index the lines). */
    public String slice(dev.gilscan.analyzer.ast.Span span) {
        int from = Math.min(text.length(), lineStart(span.line()) + span.utf16Column());
        int to = Math.min(text.length(), lineStart(span.endLine()) + span.utf16EndColumn());
        return from <= to ? text.substring(from, to) : "";
    }

    /** The number of UTF-8 bytes of the text, for statistics. */
    public int utf8Length() {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
