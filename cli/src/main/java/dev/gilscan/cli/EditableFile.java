package dev.gilscan.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A file that {@code --fix} and {@code --add-noqa} may rewrite: its text exactly as on disk (line
 * breaks kept), and whether it starts with a UTF-8 byte order mark, which is written back. Only
 * UTF-8 files are rewritten: a file that is not valid UTF-8, or that declares another encoding
 * (PEP 263) and holds non-ASCII characters, is left alone.
 *
 * @param path the file
 * @param text its text, without the byte order mark
 * @param bom whether it starts with one
 */
record EditableFile(Path path, String text, boolean bom) {
    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    /** Why a file cannot be rewritten: one line for a warning. */
    static final class NotEditable extends Exception {
        private static final long serialVersionUID = 1L;

        NotEditable(String message) {
            super(message);
        }
    }

    /** Reads {@code path} for rewriting. */
    static EditableFile read(Path path) throws NotEditable {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new NotEditable("cannot read it: " + IoErrors.reason(e));
        }
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf;
        int from = bom ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            throw new NotEditable("it is not UTF-8");
        }
        String declared = declaredEncoding(text);
        if (declared != null && !isUtf8(declared) && !text.chars().allMatch(c -> c < 0x80)) {
            throw new NotEditable("it declares the encoding " + declared + ", not UTF-8");
        }
        return new EditableFile(path, text, bom);
    }

    /** The same file with another text. */
    EditableFile withText(String newText) {
        return new EditableFile(path, newText, bom);
    }

    /** Writes the text back, as UTF-8, with the byte order mark if the file had one. */
    void write() throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = body;
        if (bom) {
            bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xef;
            bytes[1] = (byte) 0xbb;
            bytes[2] = (byte) 0xbf;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        Files.write(path, bytes);
    }

    /** The encoding a PEP 263 comment on one of the first two lines declares, or null. */
    private static @Nullable String declaredEncoding(String text) {
        String[] lines = text.split("\r\n|\r|\n", 3);
        for (int i = 0; i < Math.min(2, lines.length); i++) {
            Matcher m = CODING.matcher(lines[i]);
            if (m.find()) {
                return m.group(1);
            }
            if (!lines[i].isBlank() && !lines[i].strip().startsWith("#")) {
                return null;
            }
        }
        return null;
    }

    private static boolean isUtf8(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
        return e.equals("utf-8") || e.equals("utf8") || e.startsWith("utf-8-");
    }
}
