package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LimitedBodyTest {
    private final AtomicInteger overflows = new AtomicInteger();

    private LimitedBody body(int length, long limit) {
        ByteArrayInputStream bytes = new ByteArrayInputStream(new byte[length]);
        ServletInputStream in = new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return bytes.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        };
        return new LimitedBody(in, limit, overflows::incrementAndGet);
    }

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws IOException {
        assertArrayEquals(new byte[100], body(100, 100).readAllBytes());
        assertEquals(0, overflows.get());
    }

    @Test
    void aLongerBodyStopsAtTheLimitAndSaysSoOnce() {
        LimitedBody in = body(10_000, 100);
        assertThrows(BodyTooLarge.class, in::readAllBytes);
        assertThrows(BodyTooLarge.class, in::read);
        assertEquals(1, overflows.get());
    }

    @Test
    void boundedBodyAnswersEmptyWhenThePortalsLimitIsPassedFirst() throws IOException {
        assertTrue(BoundedBody.read(body(10_000, 100), 5000).isEmpty());
        assertEquals(1, overflows.get());
    }
}
