package dev.gilscan.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An in-memory byte pipe for connecting an editor and a server in one JVM. Unlike
 * {@link java.io.PipedInputStream}, reading does not fail when the thread that last wrote has
 * ended ("Write end dead"): the server writes from short-lived analysis threads, so only closing
 * the output ends the input.
 */
final class Pipe {
    private static final byte[] END = new byte[0];

    private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private final boolean likeStandardInput;

    private final OutputStream out = new OutputStream() {
        @Override
        public void write(int b) {
            chunks.add(new byte[] {(byte) b});
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (len > 0) {
                chunks.add(Arrays.copyOfRange(b, off, off + len));
            }
        }

        @Override
        public void close() {
            chunks.add(END);
        }
    };

    private final InputStream in = new InputStream() {
        private byte[] current = new byte[0];
        private int position;
        private boolean ended;

        @Override
        public int read() throws java.io.IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            if (len == 0) {
                return 0;
            }
            boolean interrupted = false;
            try {
                while (position >= current.length) {
                    if (ended) {
                        return -1;
                    }
                    try {
                        current = chunks.take();
                    } catch (InterruptedException e) {
                        interrupted = true;
                        if (likeStandardInput) {
                            continue;
                        }
                        throw new java.io.InterruptedIOException("pipe read interrupted");
                    }
                    position = 0;
                    if (current == END) {
                        ended = true;
                        chunks.add(END);
                        return -1;
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            return n;
        }

        @Override
        public void close() {
            chunks.add(END);
        }
    };

    /** A pipe whose reader stops waiting for bytes when its thread is interrupted. */
    Pipe() {
        this(false);
    }

    private Pipe(boolean likeStandardInput) {
        this.likeStandardInput = likeStandardInput;
    }

    /**
     * A pipe whose reader goes on waiting for bytes when its thread is interrupted, as a read
     * of standard input does; only closing the output ends it.
     */
    static Pipe likeStandardInput() {
        return new Pipe(true);
    }

    InputStream in() {
        return in;
    }

    OutputStream out() {
        return out;
    }
}
