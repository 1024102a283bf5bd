package dev.gilscan.lsp;

import com.google.gson.JsonParseException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.jspecify.annotations.Nullable;

/**
 * Reads the client's messages ({@code Content-Length: n}, more headers, a blank line, n bytes
 * of JSON-RPC) and, unlike LSP4J's {@code StreamMessageProducer}, gets back in step after a
 * badly framed one. A {@code Content-Length} that is not a number, or a body that is not a
 * JSON-RPC message (as when the client counted characters instead of bytes), is reported and
 * dropped, and reading goes on at the next {@code Content-Length:} in the stream. Bodies are
 * read as UTF-8, the only encoding LSP allows.
 */
final class ResyncingMessageProducer implements MessageProducer, Closeable {
    /** The header name, as matched: in any case, like every HTTP header name. */
    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(
            StandardCharsets.US_ASCII);
    /** No client writes header lines this long; a longer one is not a header. */
    private static final int MAX_HEADER_LINE = 1_000;

    private final InputStream in;
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
        this.in = new BufferedInputStream(in);
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
                long skipped = skipToContentLength();
                if (skipped < 0) {
                    return;
                }
                if (skipped > 0 && inStep) {
                    drop(skipped + " bytes that were not part of a message");
                }
                inStep = readMessage(consumer);
            }
        } catch (EOFException | InterruptedIOException e) {
            // The input ended in the middle of a message, or the server is closing it.
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
     * Reads up to and including the next {@code Content-Length:}; returns how many bytes were
     * passed over on the way (0 if they were all whitespace), or -1 at the end of the input.
     */
    private long skipToContentLength() throws IOException {
        long skipped = 0;
        boolean blank = true;
        int matched = 0;
        while (matched < CONTENT_LENGTH.length) {
            int b = in.read();
            if (b < 0) {
                return -1;
            }
            int lower = Character.toLowerCase(b);
            if (lower == CONTENT_LENGTH[matched]) {
                matched++;
                continue;
            }
            // What matched so far was not the header; 'c' appears only at the start of its name.
            skipped += matched;
            blank &= matched == 0;
            matched = lower == CONTENT_LENGTH[0] ? 1 : 0;
            if (matched == 0) {
                skipped++;
                blank &= Character.isWhitespace(b);
            }
        }
        return blank ? 0 : skipped;
    }

    /**
     * Reads the rest of a message whose {@code Content-Length:} was just read and hands it on;
     * false if it was dropped, when the stream may be out of step.
     */
    private boolean readMessage(MessageConsumer consumer) throws IOException {
        @Nullable String value = readHeaderLine();
        int length = value == null ? -1 : parseLength(value.trim());
        if (length < 0) {
            return drop("a message with the header \"Content-Length: " + preview(value)
                    + "\", which is not a length in bytes");
        }
        for (@Nullable String header = readHeaderLine(); !"".equals(header);
                header = readHeaderLine()) {
            if (header == null) {
                return drop("a message whose headers do not end in a blank line");
            }
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new EOFException();
        }
        Message message;
        try {
            message = json.parseMessage(new String(body, StandardCharsets.UTF_8));
        } catch (MessageIssueException | JsonParseException e) {
            if (e instanceof MessageIssueException issue) {
                // LSP4J answers with an error a request it could read the id and method of.
                issues.handle(issue.getRpcMessage(), issue.getIssues());
            }
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

    /** Reports what was dropped; returns false, as the stream may be out of step. */
    private boolean drop(String what) {
        report.accept("gilscan: dropped " + what
                + "; reading on from the next Content-Length header");
        return false;
    }

    /** A header line without its line end; null if it is too long to be one. */
    private @Nullable String readHeaderLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException();
            }
            if (line.size() == MAX_HEADER_LINE) {
                return null;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private static int parseLength(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String firstLine(@Nullable String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private static String preview(@Nullable String value) {
        return value == null || value.length() > 40 ? "(a long line)" : value.trim();
    }
}
