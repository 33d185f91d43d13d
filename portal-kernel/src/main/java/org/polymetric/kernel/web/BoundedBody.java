package org.polymetric.kernel.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a request body that must stay under a limit. An oversized body is read to its end (up to
 * a bound) and dropped, so that a client still sending it gets to read the 413 instead of
 * stalling on a full socket.
 */
public final class BoundedBody {
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private BoundedBody() {
    }

    /**
     * The whole body, or empty when it is longer than {@code limit} bytes or than the portal's
     * limit for every request ({@link RequestSizeLimit}): either way the caller answers its 413.
     */
    public static Optional<byte[]> read(InputStream in, int limit) throws IOException {
        try {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length <= limit) {
                return Optional.of(body);
            }
            byte[] buffer = new byte[64 * 1024];
            long left = DRAIN_LIMIT;
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
            return Optional.empty();
        } catch (BodyTooLarge e) {
            return Optional.empty();
        }
    }
}
