package org.polymetric.kernel.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/**
 * A request body that stops at a limit: past it every read throws {@link BodyTooLarge} and the
 * overflow is reported once, so whoever reads (a resource, JSON-B, the CSRF check) cannot be made
 * to take more than the limit from a body of unknown length.
 */
final class LimitedBody extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private final Runnable onOverflow;
    private long read;
    private boolean overflowed;

    LimitedBody(ServletInputStream in, long limit, Runnable onOverflow) {
        this.in = in;
        this.limit = limit;
        this.onOverflow = onOverflow;
    }

    @Override
    public int read() throws IOException {
        check();
        int b = in.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        check();
        // one byte past the limit is enough to know the body is too large
        int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws BodyTooLarge {
        read += n;
        check();
    }

    private void check() throws BodyTooLarge {
        if (read > limit) {
            if (!overflowed) {
                overflowed = true;
                onOverflow.run();
            }
            throw new BodyTooLarge(limit);
        }
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    @Override
    public boolean isFinished() {
        return overflowed || in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }

    /** A body that has ended before its first byte. */
    static final class Empty extends ServletInputStream {
        @Override
        public int read() {
            return -1;
        }

        @Override
        public boolean isFinished() {
            return true;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            try {
                listener.onAllDataRead();
            } catch (IOException e) {
                listener.onError(e);
            }
        }
    }
}
