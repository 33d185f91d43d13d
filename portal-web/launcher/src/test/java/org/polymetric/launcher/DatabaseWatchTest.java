package org.polymetric.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The watch with a real process standing in for mariadbd: killed, it is started again; closed, it is left alone. */
class DatabaseWatchTest {
    private static final Duration FIRST_WAIT = Duration.ofMillis(50);
    private static final Duration LONGEST_WAIT = Duration.ofMillis(200);

    /** A server whose process is a {@code sleep}; its first {@code failing} starts fail, as on a full disk. */
    private static final class SleepServer implements DatabaseWatch.Server {
        private final AtomicInteger failing;
        final AtomicInteger starts = new AtomicInteger();
        volatile Process process;

        SleepServer(int failing) throws IOException {
            this.failing = new AtomicInteger(failing);
            process = new ProcessBuilder("sleep", "300").start();
        }

        @Override
        public Optional<ProcessHandle> process() {
            Process p = process;
            return p.isAlive() ? Optional.of(p.toHandle()) : Optional.empty();
        }

        @Override
        public void start() throws IOException {
            starts.incrementAndGet();
            if (failing.getAndDecrement() > 0) {
                throw new IOException("No space left on device\n(the rest of the console)");
            }
            process = new ProcessBuilder("sleep", "300").start();
        }

        @Override
        public String disk() {
            return "0 MB free";
        }
    }

    private SleepServer server;
    private DatabaseWatch watch;

    @AfterEach
    void stop() {
        if (watch != null) {
            watch.close();
        }
        if (server != null) {
            server.process.destroyForcibly();
        }
    }

    @Test
    void aServerThatDiesIsStartedAgain() throws Exception {
        server = new SleepServer(0);
        watch = DatabaseWatch.start(server, FIRST_WAIT, LONGEST_WAIT);
        long first = server.process.pid();
        server.process.destroyForcibly().waitFor();
        awaitTrue(() -> watch.restarts() == 1);
        assertTrue(server.process.isAlive());
        assertNotEquals(first, server.process.pid());
        // and again: the watch follows the new process
        server.process.destroyForcibly().waitFor();
        awaitTrue(() -> watch.restarts() == 2);
        assertEquals(2, server.starts.get());
    }

    @Test
    void aStartThatFailsIsTriedAgain() throws Exception {
        server = new SleepServer(3);
        watch = DatabaseWatch.start(server, FIRST_WAIT, LONGEST_WAIT);
        server.process.destroyForcibly().waitFor();
        awaitTrue(() -> watch.restarts() == 1);
        assertEquals(4, server.starts.get());
        assertTrue(server.process.isAlive());
    }

    @Test
    void aClosedWatchLeavesAStoppedServerStopped() throws Exception {
        server = new SleepServer(0);
        watch = DatabaseWatch.start(server, FIRST_WAIT, LONGEST_WAIT);
        watch.close();
        server.process.destroyForcibly().waitFor();
        // many times the first wait: a start would have come by now
        Thread.sleep(FIRST_WAIT.multipliedBy(10).toMillis());
        assertEquals(0, server.starts.get());
        assertEquals(0, watch.restarts());
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not within 30 s");
            Thread.sleep(20);
        }
    }
}
