package dev.gilscan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A UTF-8 {@link PrintWriter} that remembers why a write failed. A plain PrintWriter (like
 * {@code System.out}) swallows the {@link IOException}s of its stream and keeps only a flag, so
 * {@code gilscan check > /dev/full} would end as if the report had been written; this one keeps
 * the first exception, for a message such as "No space left on device".
 */
final class CheckedPrintWriter extends PrintWriter {
    private final Recorder recorder;

    /** Writes UTF-8 to {@code stream}, flushing at each line. */
    CheckedPrintWriter(OutputStream stream) {
        this(new Recorder(new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
    }

    private CheckedPrintWriter(Recorder recorder) {
        super(recorder, true);
        this.recorder = recorder;
    }

    /** Flushes, then returns the first write that failed, or null if none has. */
    @Nullable IOException failure() {
        flush();
        return recorder.failure;
    }

    /**
     * Why writing to {@code writer} failed, after a flush: its first exception's reason when it
     * is a {@link CheckedPrintWriter}, or null if nothing failed.
     */
    static @Nullable String failure(PrintWriter writer) {
        if (!writer.checkError()) {
            return null;
        }
        IOException e = writer instanceof CheckedPrintWriter checked ? checked.failure() : null;
        return e == null ? "write error" : IoErrors.reason(e);
    }

    /** Passes everything on to the stream's writer and keeps the first exception it throws. */
    private static final class Recorder extends Writer {
        private final Writer delegate;
        private @Nullable IOException failure;

        Recorder(Writer delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            try {
                delegate.write(chars, offset, length);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                delegate.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                delegate.close();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
