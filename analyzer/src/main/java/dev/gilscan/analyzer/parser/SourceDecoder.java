package dev.gilscan.analyzer.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a file's bytes into text as CPython does: a UTF-8 byte order mark, else a PEP 263 coding
 * declaration in a comment on line 1 or 2, else UTF-8. Null bytes and undecodable bytes are
 * syntax errors with a location.
 */
final class SourceDecoder {
    private static final Pattern CODING =
            Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    /** Python's codec aliases of UTF-8, Latin-1 and ASCII (the encodings.aliases table). */
    private static final java.util.Set<String> UTF8_ALIASES = java.util.Set.of("utf8", "u8",
            "utf", "utf8_ucs2", "utf8_ucs4", "cp65001", "utf_8");
    private static final java.util.Set<String> LATIN1_ALIASES = java.util.Set.of("latin",
            "latin1", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "iso_ir_100",
            "csisolatin1", "iso8859", "latin_1", "iso_8859_1_1987", "ibm819");
    private static final java.util.Set<String> ASCII_ALIASES = java.util.Set.of("ascii",
            "us_ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
            "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us");

    private SourceDecoder() {}

    /**
     * A file's text; where it is UTF-8 with bytes that do not decode, each such byte read as
     * U+FFFD, with the byte's index in {@code undecodable} (ascending) and its 1-based line and
     * 0-based column in the text in {@code lines} and {@code columns}. CPython never decodes a
     * comment, so such bytes there are no error; anywhere else, {@link #error} is CPython's.
     */
    record Decoded(String text, int[] undecodable, int[] lines, int[] columns, String path,
            byte[] bytes, int offset) {
        /** The error of the {@code i}th undecodable byte, outside a string. */
        PythonSyntaxError error(int i) {
            int bad = undecodable[i];
            int[] pos = lineAndColumn(bytes, offset, bad);
            // CPython decodes the name the byte is in: letters, digits, _ and non-ASCII bytes.
            int start = bad;
            while (start > offset && nameByte(bytes[start - 1])) {
                start--;
            }
            int end = bad;
            while (end < bytes.length && nameByte(bytes[end])) {
                end++;
            }
            return unicodeError(path, bytes, start, end, pos[0], pos[1]);
        }

        /**
         * The error of the {@code i}th undecodable byte inside a string literal that starts at
         * {@code line}:{@code column} (0-based) and ends at {@code endLine}:{@code endColumn}:
         * CPython decodes the literal's body and reports the literal.
         */
        PythonSyntaxError errorInString(int i, int line, int column, int endLine, int endColumn) {
            int start = byteAt(line, column);
            int end = byteAt(endLine, endColumn);
            while (start < end && Character.isLetter(bytes[start])) {
                start++;
            }
            int quotes = end - start >= 6 && bytes[start + 1] == bytes[start]
                    && bytes[start + 2] == bytes[start] ? 3 : 1;
            if (start + quotes > end - quotes) {
                return error(i);
            }
            return unicodeError(path, bytes, start + quotes, end - quotes, line, column + 1);
        }

        /** The index of the byte at a 1-based line and 0-based character column. */
        private int byteAt(int line, int column) {
            int at = offset;
            for (int l = 1; l < line && at < bytes.length; at++) {
                if (bytes[at] == '\n' || bytes[at] == '\r'
                        && (at + 1 == bytes.length || bytes[at + 1] != '\n')) {
                    l++;
                }
            }
            int bad = java.util.Arrays.binarySearch(undecodable, at);
            int next = bad < 0 ? -bad - 1 : bad;
            for (int c = 0; c < column && at < bytes.length; c++) {
                if (next < undecodable.length && undecodable[next] == at) {
                    at++;
                    next++;
                } else {
                    int b = bytes[at] & 0xff;
                    at += b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
                    if (b >= 0xf0) {
                        c++; // two Java chars
                    }
                }
            }
            return Math.min(at, bytes.length);
        }
    }

    private static boolean nameByte(byte b) {
        return b < 0 || b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z'
                || b >= 'A' && b <= 'Z';
    }

    /**
     * Python's {@code UnicodeDecodeError} for {@code bytes[start, end)}, as CPython words it in a
     * syntax error: the first bad sequence, its position in that range, and why it is bad.
     */
    private static PythonSyntaxError unicodeError(String path, byte[] bytes, int start, int end,
            int line, int column) {
        int i = start;
        while (i < end) {
            int b = bytes[i] & 0xff;
            int need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2
                    : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
            String reason = null;
            int length = 1;
            if (need < 0) {
                reason = "invalid start byte";
            } else {
                for (int k = 1; k <= need && reason == null; k++) {
                    if (i + k >= end) {
                        reason = "unexpected end of data";
                        length = end - i;
                    } else if (!continuation(b, k, bytes[i + k] & 0xff)) {
                        reason = "invalid continuation byte";
                        length = k;
                    }
                }
            }
            if (reason != null) {
                int from = i - start;
                String where = length == 1
                        ? String.format("byte 0x%02x in position %d", b, from)
                        : String.format("bytes in position %d-%d", from, from + length - 1);
                return new PythonSyntaxError("SyntaxError", "(unicode error) 'utf-8' codec can't"
                        + " decode " + where + ": " + reason, path, line, column);
            }
            i += need + 1;
        }
        return new PythonSyntaxError("SyntaxError",
                "(unicode error) 'utf-8' codec can't decode the source", path, line, column);
    }

    /** Whether {@code c} may be the {@code k}th byte of a sequence that starts with {@code b}. */
    private static boolean continuation(int b, int k, int c) {
        if (k == 1 && b == 0xe0) {
            return c >= 0xa0 && c <= 0xbf;
        } else if (k == 1 && b == 0xed) {
            return c >= 0x80 && c <= 0x9f;
        } else if (k == 1 && b == 0xf0) {
            return c >= 0x90 && c <= 0xbf;
        } else if (k == 1 && b == 0xf4) {
            return c >= 0x80 && c <= 0x8f;
        }
        return c >= 0x80 && c <= 0xbf;
    }

    /**
     * {@link #decode}, except that a UTF-8 file with undecodable bytes is returned with those
     * bytes replaced, for the caller to refuse unless they are all in comments.
     */
    static Decoded decodeLeniently(String path, byte[] bytes) throws PythonSyntaxError {
        try {
            return new Decoded(decode(path, bytes), new int[0], new int[0], new int[0], path,
                    bytes, 0);
        } catch (PythonSyntaxError e) {
            if (!e.getMessage().startsWith("(unicode error) 'utf-8' codec can't decode")) {
                throw e;
            }
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        java.util.List<int[]> bad = new java.util.ArrayList<>();
        while (true) {
            java.nio.charset.CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                break;
            }
            for (int k = 0; k < result.length(); k++) {
                bad.add(new int[] {in.position() + k, out.position()});
                out.put('\uFFFD');
            }
            in.position(in.position() + result.length());
        }
        decoder.flush(out);
        String text = out.flip().toString();
        int[] undecodable = new int[bad.size()];
        int[] lines = new int[bad.size()];
        int[] columns = new int[bad.size()];
        int line = 1;
        int lineStart = 0;
        int next = 0;
        for (int i = 0; i < text.length() && next < bad.size(); i++) {
            while (next < bad.size() && bad.get(next)[1] == i) {
                undecodable[next] = bad.get(next)[0];
                lines[next] = line;
                columns[next] = i - lineStart;
                next++;
            }
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        Decoded decoded = new Decoded(text, undecodable, lines, columns, path, bytes, offset);
        if (text.indexOf('\0') >= 0) {
            throw decoded.error(0);
        }
        return decoded;
    }

    static String decode(String path, byte[] bytes) throws PythonSyntaxError {
        int offset = 0;
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf;
        if (bom) {
            offset = 3;
        }
        String declared = declaredEncoding(bytes, offset);
        Charset charset = StandardCharsets.UTF_8;
        if (declared != null) {
            charset = charsetFor(declared, path);
            String normal = declared.toLowerCase(Locale.ROOT).replace('_', '-');
            if (bom && !(normal.equals("utf-8") || normal.startsWith("utf-8-"))) {
                throw new PythonSyntaxError("SyntaxError", "encoding problem: " + declared + " with BOM",
                        path, 1, 1);
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            if (text.indexOf('\0') >= 0) {
                int nul = offset;
                while (bytes[nul] != 0) {
                    nul++;
                }
                int[] pos = lineAndColumn(bytes, offset, nul);
                throw new PythonSyntaxError("SyntaxError", "source code cannot contain null bytes", path,
                        pos[0], pos[1]);
            }
            return text;
        } catch (MalformedInputException e) {
            return failDecode(path, bytes, offset, charset, e.getInputLength());
        } catch (CharacterCodingException e) {
            return failDecode(path, bytes, offset, charset, 1);
        }
    }

    private static String failDecode(String path, byte[] bytes, int offset, Charset charset,
            int badLength) throws PythonSyntaxError {
        int bad = firstUndecodable(bytes, offset, charset);
        int[] pos = lineAndColumn(bytes, offset, bad);
        throw new PythonSyntaxError("SyntaxError",
                String.format("(unicode error) '%s' codec can't decode byte 0x%02x in position %d",
                        charset.name().toLowerCase(Locale.ROOT), bytes[bad] & 0xff, bad - offset),
                path, pos[0], pos[1]);
    }

    private static int firstUndecodable(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : offset;
    }

    /** The 1-based line and column of byte {@code index}; lines end at \n, \r\n or \r. */
    private static int[] lineAndColumn(byte[] bytes, int from, int index) {
        int line = 1;
        int lineStart = from;
        for (int i = from; i < index; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r'
                    && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, index - lineStart + 1};
    }

    /** The declared encoding of the first two lines, or null. */
    private static String declaredEncoding(byte[] bytes, int offset) {
        int lineEnd = lineEnd(bytes, offset);
        String first = new String(bytes, offset, lineEnd - offset, StandardCharsets.ISO_8859_1);
        Matcher m = CODING.matcher(first);
        if (m.find()) {
            return m.group(1);
        }
        if (!isBlankOrComment(first) || lineEnd >= bytes.length) {
            return null;
        }
        int secondStart = lineEnd + 1;
        if (bytes[lineEnd] == '\r' && secondStart < bytes.length && bytes[secondStart] == '\n') {
            secondStart++;
        }
        int secondEnd = lineEnd(bytes, secondStart);
        String second = new String(bytes, secondStart, secondEnd - secondStart,
                StandardCharsets.ISO_8859_1);
        m = CODING.matcher(second);
        return m.find() ? m.group(1) : null;
    }

    private static int lineEnd(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && bytes[i] != '\n' && bytes[i] != '\r') {
            i++;
        }
        return i;
    }

    private static boolean isBlankOrComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '#') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    /** Maps a PEP 263 name to a Java charset, normalizing the way CPython's tokenizer does. */
    private static Charset charsetFor(String declared, String path) throws PythonSyntaxError {
        String name = declared.toLowerCase(Locale.ROOT).replace('_', '-');
        // Python's own spellings first: CPython's tokenizer names, then its codec aliases.
        String pythonName = name.replace('-', '_');
        if (name.equals("utf-8") || name.startsWith("utf-8-") || UTF8_ALIASES.contains(pythonName)) {
            return StandardCharsets.UTF_8;
        }
        if (name.equals("latin-1") || name.equals("iso-8859-1") || name.equals("iso-latin-1")
                || name.startsWith("latin-1-") || name.startsWith("iso-8859-1-")
                || name.startsWith("iso-latin-1-") || LATIN1_ALIASES.contains(pythonName)) {
            return StandardCharsets.ISO_8859_1;
        }
        if (ASCII_ALIASES.contains(pythonName)) {
            return StandardCharsets.US_ASCII;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new PythonSyntaxError("SyntaxError", "unknown encoding: " + declared, path, 1, 1);
        }
    }
}
