package dev.gilscan.lsp;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * Reads the client's messages (header lines such as {@code Content-Length: n} and
 * {@code Content-Type: ...}, a blank line, n bytes of JSON-RPC) and, unlike LSP4J's
 * {@code StreamMessageProducer}, gets back in step after a badly framed one. Headers other than
 * {@code Content-Length} are ignored; bodies are read as UTF-8, the only encoding LSP allows.
 *
 * <p>A message with a {@code Content-Length} that is not a number, or whose body is not a
 * JSON-RPC message (as when the client counted characters instead of bytes), is reported and
 * dropped, and the stream may then be out of step. To get back in step, the reader looks for
 * {@code Content-Length:} anywhere in what follows (after a body that was dropped, in that body
 * too, as its length may have been too long) and takes the first one that starts a whole
 * header block: a number, a line end, more {@code Name: value} lines and a blank line. One in
 * the text of a JSON body never does, as JSON strings hold no line ends, so the rest of a body
 * cut short is passed over, while a header right after its closing brace is found. A header
 * block found this way whose body is not a JSON-RPC message either is reported and dropped in
 * turn, and the search goes on after its {@code Content-Length:}.
 */
final class ResyncingMessageProducer implements MessageProducer, Closeable {
    /** The header name, as matched: in any case, like every HTTP header name. */
    private static final String CONTENT_LENGTH = "content-length:";
    /** A header line of the base protocol, as in HTTP: a token, a colon, a value. */
    private static final Pattern HEADER = Pattern.compile("[-!#$%&'*+.^_`|~0-9A-Za-z]+:.*");
    /** No client writes header lines this long; a longer one is not a header. */
    private static final int MAX_HEADER_LINE = 1_000;
    /** What follows is not a header block with a {@code Content-Length}; it was put back. */
    private static final int NOT_HEADERS = -1;
    /** From {@link #readHeaders}: the {@code Content-Length} is not a number (reported). */
    private static final int NOT_A_LENGTH = -2;
    /** Where Gson says a value did not fit: {@code ... path $.params.textDocument}. */
    private static final Pattern GSON_PATH = Pattern.compile("path \\$\\.(\\S+)");

    private final Input in;
    private final MessageJsonHandler json;
    private final MessageIssueHandler issues;
    private final Consumer<String> report;
    private volatile boolean closed;

    /**
     * Reads from {@code in}; {@code issues} handles messages that are JSON-RPC but invalid (it
     * answers a request with an error), {@code report} takes a line on each dropped message.
     */
    ResyncingMessageProducer(InputStream in, MessageJsonHandler json, MessageIssueHandler issues,
            Consumer<String> report) {
        this.in = new Input(new BufferedInputStream(in));
        this.json = json;
        this.issues = issues;
        this.report = report;
    }

    /** Hands each message to {@code consumer} until the input ends or this is closed. */
    @Override
    public void listen(MessageConsumer consumer) {
        try {
            boolean inStep = true;
            while (!closed) {
                int length = inStep ? readHeaders() : findHeaders(false);
                if (length == NOT_HEADERS) {
                    length = findHeaders(true);
                }
                inStep = length != NOT_A_LENGTH && readBody(length, consumer);
            }
        } catch (EOFException | InterruptedIOException e) {
            // The input ended, perhaps in the middle of a message, or the server is closing it.
        } catch (IOException e) {
            if (!closed) {
                throw new JsonRpcException(e);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    /**
     * Reads the header block that starts here, after any blank lines, and returns its
     * {@code Content-Length}; {@link #NOT_HEADERS} if there is none, {@link #NOT_A_LENGTH} if
     * it is not a number.
     */
    private int readHeaders() throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        @Nullable String line;
        do {
            line = readLine(read);
        } while (line != null && line.isBlank());
        @Nullable List<String> headers = line == null ? null : readHeaderLines(line, read);
        @Nullable String value = headers == null ? null : headers.stream()
                .filter(h -> h.regionMatches(true, 0, CONTENT_LENGTH, 0, CONTENT_LENGTH.length()))
                .map(h -> h.substring(CONTENT_LENGTH.length())).findFirst().orElse(null);
        if (value == null) {
            in.unread(read.toByteArray());
            return NOT_HEADERS;
        }
        int length = parseLength(value);
        if (length < 0) {
            drop("a message with the header \"Content-Length: " + preview(value)
                    + "\", which is not a length in bytes");
            return NOT_A_LENGTH;
        }
        return length;
    }

    /**
     * Reads on to the next {@code Content-Length:} that starts a whole header block (see the
     * class comment) and returns its length; reports the bytes passed over on the way if
     * {@code reportSkipped} and they are not all whitespace.
     */
    private int findHeaders(boolean reportSkipped) throws IOException {
        long skipped = 0;
        boolean blank = true;
        int matched = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException();
            }
            int lower = Character.toLowerCase(b);
            if (lower == CONTENT_LENGTH.charAt(matched)) {
                matched++;
                if (matched < CONTENT_LENGTH.length()) {
                    continue;
                }
                int length = readHeadersAfterContentLength();
                if (length >= 0) {
                    if (reportSkipped && !blank) {
                        drop(skipped + " bytes that were not part of a message");
                    }
                    return length;
                }
                // Not a header block: its name is passed over like the rest.
                skipped += matched;
                blank = false;
                matched = 0;
                continue;
            }
            // What matched so far was not the header; 'c' appears only at the start of its name.
            skipped += matched;
            blank &= matched == 0;
            matched = lower == CONTENT_LENGTH.charAt(0) ? 1 : 0;
            if (matched == 0) {
                skipped++;
                blank &= Character.isWhitespace(b);
            }
        }
    }

    /**
     * Reads the rest of a header block whose {@code Content-Length:} was just read and returns
     * the length; {@link #NOT_HEADERS} if what follows is not a number and a line end, then
     * header lines and a blank line.
     */
    private int readHeadersAfterContentLength() throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        @Nullable String value = readLine(read);
        int length = value == null ? -1 : parseLength(value);
        if (length < 0 || readHeaderLines(null, read) == null) {
            in.unread(read.toByteArray());
            return NOT_HEADERS;
        }
        return length;
    }

    /**
     * Reads header lines up to the empty line that ends them, after {@code first} if it is not
     * null; null if a line is not a header line.
     */
    private @Nullable List<String> readHeaderLines(@Nullable String first,
            ByteArrayOutputStream read) throws IOException {
        List<String> headers = new ArrayList<>();
        for (@Nullable String line = first != null ? first : readLine(read); !"".equals(line);
                line = readLine(read)) {
            if (line == null || !HEADER.matcher(line).matches()) {
                return null;
            }
            headers.add(line);
        }
        return headers;
    }

    /**
     * Reads the body of a message and hands it on; false if it was dropped, when the stream may
     * be out of step and the body is put back to look for the next message in.
     */
    private boolean readBody(int length, MessageConsumer consumer) throws IOException {
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new EOFException();
        }
        Message message;
        try {
            message = json.parseMessage(new String(body, StandardCharsets.UTF_8));
        } catch (MessageIssueException | JsonParseException e) {
            if (e instanceof MessageIssueException issue
                    && issue.getRpcMessage() instanceof RequestMessage request
                    && isJson(body)) {
                // Well framed, but its params are not of the method's types: invalid params.
                issues.handle(request, List.of(new MessageIssue(request.getMethod() + ": "
                        + wrongShape(issue), ResponseErrorCode.InvalidParams.getValue())));
                return true;
            }
            if (e instanceof MessageIssueException issue) {
                // LSP4J answers with an error a request it could read the id and method of.
                issues.handle(issue.getRpcMessage(), issue.getIssues());
            }
            // The next message may start inside the body if its length was too long. A JSON
            // body holds no header block (see the class comment), so when the length was
            // right, this only reads it once more.
            in.unread(body);
            return drop("a message of " + length + " bytes that is not a JSON-RPC message ("
                    + firstLine(e.getMessage()) + "), perhaps because its Content-Length is wrong");
        }
        try {
            consumer.consume(message);
        } catch (MessageIssueException e) {
            issues.handle(e.getRpcMessage(), e.getIssues());
        }
        return true;
    }

    /** Whether the body is JSON at all: one that is not was cut or framed wrongly. */
    private static boolean isJson(byte[] body) {
        try {
            JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
            return true;
        } catch (JsonParseException e) {
            return false;
        }
    }

    /** Which part of the params has the wrong type, from Gson's {@code path $.params.x}. */
    private static String wrongShape(MessageIssueException issue) {
        for (MessageIssue i : issue.getIssues()) {
            for (Throwable c = i.getCause(); c != null; c = c.getCause()) {
                Matcher m = GSON_PATH.matcher(String.valueOf(c.getMessage()));
                if (m.find()) {
                    return m.group(1) + " is not of the type the method takes";
                }
            }
        }
        return "params are not of the types the method takes";
    }

    /** Reports what was dropped; returns false, as the stream may be out of step. */
    private boolean drop(String what) {
        report.accept("gilscan: dropped " + what
                + "; reading on from the next Content-Length header");
        return false;
    }

    /**
     * A line without its line end, its bytes also written to {@code read}; null if it is too
     * long to be a header line.
     */
    private @Nullable String readLine(ByteArrayOutputStream read) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException();
            }
            read.write(b);
            if (line.size() == MAX_HEADER_LINE) {
                return null;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        read.write('\n');
        return line.toString(StandardCharsets.US_ASCII);
    }

    /** A length in bytes: digits, with spaces around them; -1 if {@code value} is not one. */
    private static int parseLength(String value) {
        String digits = value.strip();
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String firstLine(@Nullable String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private static String preview(String value) {
        return value.length() > 40 ? "(a long line)" : value.trim();
    }

    /** The client's bytes, where bytes read ahead can be put back to be read again. */
    private static final class Input {
        private final InputStream in;
        private byte[] back = new byte[0];
        private int position;

        Input(InputStream in) {
            this.in = in;
        }

        int read() throws IOException {
            return position < back.length ? back[position++] & 0xff : in.read();
        }

        /** Up to {@code n} bytes, fewer only at the end of the input. */
        byte[] readNBytes(int n) throws IOException {
            int fromBack = Math.min(n, back.length - position);
            if (fromBack == 0) {
                return in.readNBytes(n);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(back, position, fromBack);
            position += fromBack;
            bytes.writeBytes(in.readNBytes(n - fromBack));
            return bytes.toByteArray();
        }

        /** Puts {@code bytes} back, to be read before what was put back earlier. */
        void unread(byte[] bytes) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(bytes);
            all.write(back, position, back.length - position);
            back = all.toByteArray();
            position = 0;
        }
    }
}
