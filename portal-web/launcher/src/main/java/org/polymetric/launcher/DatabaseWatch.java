package org.polymetric.launcher;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * Starts the embedded MariaDB again when its process ends without the launcher asking. mariadbd
 * stops itself on faults it cannot go past: InnoDB ends the server when a rollback needs a page
 * the full disk cannot give ("[FATAL] InnoDB: Error (Out of disk space) in rollback"), and the
 * kernel's OOM killer may pick it. While it is away the portal answers 503 (connections are
 * refused); what was committed survives (InnoDB recovers it from its redo log as it starts), so
 * once the server is back the portal serves again without a person. A start that fails (the disk
 * still full) is tried again, waiting twice as long each time, up to {@code longestWait}.
 */
final class DatabaseWatch implements AutoCloseable {
    /** The server watched: the embedded MariaDB in the launcher, a stand-in process in tests. */
    interface Server {
        /** The server's process, if one runs. */
        Optional<ProcessHandle> process();

        /** Starts the server again; returns once it accepts connections. */
        void start() throws Exception;

        /** What the log line says about the server's disk when it ended, e.g. "12 MB free in ...". */
        String disk();
    }

    private final Server server;
    private final Duration firstWait;
    private final Duration longestWait;
    private final Thread thread;
    private volatile boolean closed;
    private volatile int restarts;

    DatabaseWatch(Server server, Duration firstWait, Duration longestWait) {
        this.server = server;
        this.firstWait = firstWait;
        this.longestWait = longestWait;
        this.thread = new Thread(this::watch, "polymetric-database-watch");
        thread.setDaemon(true);
    }

    /** Watches {@code server} from now on, on a thread of its own. */
    static DatabaseWatch start(Server server, Duration firstWait, Duration longestWait) {
        DatabaseWatch watch = new DatabaseWatch(server, firstWait, longestWait);
        watch.thread.start();
        return watch;
    }

    /** How many times the server was started again. */
    int restarts() {
        return restarts;
    }

    private void watch() {
        try {
            while (!closed) {
                Optional<ProcessHandle> process = server.process();
                if (process.isPresent()) {
                    process.get().onExit().get();
                }
                if (closed) {
                    return;
                }
                Launcher.log("the embedded MariaDB" + process.map(p -> " (process " + p.pid() + ")").orElse("")
                        + " has stopped unasked (" + server.disk() + "); starting it again. The portal answers 503 meanwhile");
                startAgain();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            Launcher.log("the embedded MariaDB can no longer be watched: " + e.getCause());
        }
    }

    private void startAgain() throws InterruptedException {
        long began = System.nanoTime();
        Duration wait = firstWait;
        for (int attempt = 1; !closed; attempt++) {
            Thread.sleep(wait.toMillis());
            if (closed) {
                return;
            }
            try {
                server.start();
                restarts++;
                Launcher.log(String.format("the embedded MariaDB is back after %.0f s (%d %s)",
                        (System.nanoTime() - began) / 1e9, attempt, attempt == 1 ? "start" : "starts"));
                return;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                Launcher.log("the embedded MariaDB did not start (" + server.disk() + "): " + firstLine(e.getMessage())
                        + "; trying again");
                wait = wait.multipliedBy(2).compareTo(longestWait) > 0 ? longestWait : wait.multipliedBy(2);
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** Stops watching, before the launcher stops the server itself; waits for a start in progress. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(Duration.ofMinutes(4).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
