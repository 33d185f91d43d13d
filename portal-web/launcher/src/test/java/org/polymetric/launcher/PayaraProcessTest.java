package org.polymetric.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polymetric.kernel.overload.Budget;

class PayaraProcessTest {
    @TempDir
    Path temp;

    private static final String POOL = "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.";

    @Test
    void theWorkerQueueIsUnboundedAndTheWorkersExceedTheApisShare() {
        // the default lane limit: two lanes' worth for the API, 64 more for pages, health and refusals
        assertEquals(576, Budget.httpWorkers(256));
        assertEquals(List.of(POOL + "max-queue-size=-1", POOL + "max-thread-pool-size=576"),
                PayaraProcess.preboot(Budget.httpWorkers(256)));
    }

    @Test
    void withoutALimitPayaraKeepsItsOwnWorkersButNotItsQueueBound() {
        assertEquals(0, Budget.httpWorkers(0));
        assertEquals(List.of(POOL + "max-queue-size=-1"), PayaraProcess.preboot(0));
    }

    /**
     * The server's last lines (a drained stop's) come just before it ends, and the launcher returns
     * once it has ended: they must be in the server log by then, although the process ends with
     * them still in the pipe (here some 64 KB of lines the relay has yet to write).
     */
    @Test
    void theServersLastLinesAreInTheLogWhenItHasEnded() throws Exception {
        Path file = temp.resolve("logs/server.log");
        Process server = new ProcessBuilder("sh", "-c", "seq 1 100000; echo 'drained: the last line'").redirectErrorStream(true).start();
        PayaraProcess payara = PayaraProcess.relayed(server, 0, new ServerLog(file, new PrintStream(new ByteArrayOutputStream())));
        assertEquals(0, payara.awaitExit());
        List<String> lines = Files.readAllLines(file);
        assertEquals(100_001, lines.size());
        assertEquals("drained: the last line", lines.get(lines.size() - 1));
    }

    /** A stop by the launcher (its own SIGTERM, Ctrl-C) sends SIGTERM to the server and keeps the lines it writes after it. */
    @Test
    void whatTheServerWritesAfterTheLaunchersStopIsInTheLog() throws Exception {
        Path file = temp.resolve("logs/server.log");
        Process server = new ProcessBuilder("sh", "-c",
                "trap 'echo \"drained: the last line\"; exit 143' TERM; echo started; while true; do sleep 0.1; done")
                .redirectErrorStream(true).start();
        PayaraProcess payara = PayaraProcess.relayed(server, 0, new ServerLog(file, new PrintStream(new ByteArrayOutputStream())));
        while (!Files.exists(file) || !Files.readString(file).contains("started")) {
            Thread.sleep(50);
        }
        payara.close();
        assertEquals(143, server.exitValue());
        assertEquals(List.of("started", "drained: the last line"), Files.readAllLines(file));
    }
}
