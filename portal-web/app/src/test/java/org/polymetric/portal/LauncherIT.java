package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.polymetric.launcher.Migrations;

/**
 * The launcher as {@code ./polymetric} runs it: the real jar, embedded MariaDB in a fresh data
 * folder, Payara Micro as a child. Covers start-up refusals, the generated first-run password,
 * the theme setting, Ctrl-C, and data surviving a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {
    static final Path LAUNCHER = Path.of(System.getProperty("polymetric.test.launcher"));
    static final Path PAYARA = Path.of(System.getProperty("polymetric.test.payara"));
    static final Path WAR = Path.of(System.getProperty("polymetric.test.war"));
    static final Path HOME = Path.of("target", "launcher-it").toAbsolutePath();
    static final Pattern PASSWORD = Pattern.compile("with the password\\s+(\\S{20})\\s");
    static final Pattern READY = Pattern.compile("Polymetric is ready at (\\S+) \\(database: ([^)]*)\\) after ([\\d.]+) s");

    /** The generated first-run password, then the one chosen at the first sign-in. */
    static String adminPassword;
    /** Signed in during the first run: its session cookie is tried again after the restart. */
    static PortalClient firstRunBrowser;
    static String tokenSecret;
    static int port;

    record Run(Process process, Path log) {
        String output() throws IOException {
            return Files.readString(log);
        }
    }

    static Run launch(String name, Map<String, String> env) throws IOException {
        return launch(HOME, name, env);
    }

    /** Starts the real launcher jar with only {@code env}'s settings, its output in {@code home/<name>.log}. */
    static Run launch(Path home, String name, Map<String, String> env) throws IOException {
        Files.createDirectories(home);
        Path log = home.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", LAUNCHER.toString(), "--war", WAR.toString(), "--payara", PAYARA.toString(), "--jvm", "-Xmx384m");
        pb.environment().keySet().removeIf(k -> k.startsWith("POLYMETRIC_"));
        pb.environment().putAll(env);
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return new Run(pb.start(), log);
    }

    static Matcher awaitReady(Run run) throws Exception {
        // a bound, not a wait: on two cores shared with other builds a start took over four minutes
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = READY.matcher(run.output());
            if (m.find()) {
                return m;
            }
            if (!run.process().isAlive()) {
                throw new AssertionError("the launcher stopped:\n" + run.output());
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready in time:\n" + run.output());
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static Map<String, String> env() {
        return Map.of("POLYMETRIC_DATA_DIR", HOME.resolve("data").toString(),
                "POLYMETRIC_HTTP_PORT", Integer.toString(port), "POLYMETRIC_THEME", "dark",
                "POLYMETRIC_ORG_NAME", "Launch Org");
    }

    /** Stops like Ctrl-C does (SIGTERM to the launcher): the server, then the database. */
    static void stop(Run run, int dbPort) throws Exception {
        run.process().destroy();
        assertTrue(run.process().waitFor(90, TimeUnit.SECONDS), "stopped within 90 s");
        assertTrue(run.output().contains("[polymetric] stopping"));
        assertFalse(listening(port), "the portal port is free again");
        assertFalse(listening(dbPort), "the embedded database stopped too");
    }

    static boolean listening(int p) {
        try (Socket ignored = new Socket("127.0.0.1", p)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int dbPort(String output) {
        Matcher m = Pattern.compile("embedded MariaDB on 127\\.0\\.0\\.1:(\\d+)").matcher(output);
        assertTrue(m.find(), output);
        return Integer.parseInt(m.group(1));
    }

    /** The console's warnings and errors (each one that needs a person; Payara's harmless ones stay in the file). */
    static List<String> warnings(String console) {
        return console.lines().filter(l -> l.startsWith("[polymetric] WARNING") || l.startsWith("[polymetric] SEVERE"))
                // Hazelcast's watchdog says when its threads did not run for seconds: on a loaded
                // test machine they sometimes do not; that is the machine, not the start
                .filter(l -> !l.matches(".*com\\.hazelcast\\.spi\\.impl\\.operationservice\\.impl\\.InvocationMonitor: .* delayed \\d+ ms"))
                .toList();
    }

    /**
     * A normal start's console: Polymetric's lines only (Payara's records are in the server log,
     * which the console names), and no warning but the first-run password's box.
     */
    static void quietConsole(String console, boolean firstRun) throws IOException {
        assertFalse(console.contains("levelValue") || console.contains("Payara Micro"), "no Payara record on the console:\n" + console);
        Path serverLog = HOME.resolve("data/logs/server.log");
        assertTrue(console.contains("[polymetric] server log: " + serverLog), console);
        assertTrue(Files.readString(serverLog).contains("Payara Micro"), "Payara's own lines are in the file");
        List<String> expected = firstRun ? List.of("[polymetric] WARNING org.polymetric.kernel.identity.FirstRun:") : List.of();
        assertEquals(expected, warnings(console), console);
    }

    @Test
    @Order(1)
    void aBrokenSettingStopsStartUpWithOneClearLine() throws Exception {
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[]{"POLYMETRIC_THEME", "purple", "polymetric: POLYMETRIC_THEME='purple' is invalid: must be one of dark, default"});
        // declared by the counters module jar in the WAR, checked by the module's rule
        cases.add(new String[]{"POLYMETRIC_COUNTERS_PURGE_SECONDS", "-5",
                "polymetric: POLYMETRIC_COUNTERS_PURGE_SECONDS='-5' is invalid: a purge period is 0 (never) to 31536000 seconds (a year)"});
        cases.add(new String[]{"POLYMETRIC_COUNTERS_PURGE_SECONDS", "9300000000000000",
                "polymetric: POLYMETRIC_COUNTERS_PURGE_SECONDS='9300000000000000' is invalid: a purge period is 0 (never) to 31536000 seconds (a year)"});
        cases.add(new String[]{"POLYMETRIC_STREAMSTATS_FOLD_SECONDS", "0",
                "polymetric: POLYMETRIC_STREAMSTATS_FOLD_SECONDS='0' is invalid: a fold period is 1 to 3600 seconds (an hour)"});
        cases.add(new String[]{"POLYMETRIC_COUNTERS_PURGE_SECOND", "5", "polymetric: POLYMETRIC_COUNTERS_PURGE_SECOND is not a Polymetric setting"});
        cases.add(new String[]{"POLYMETRIC_HTTP_PORT", "eighty", "polymetric: POLYMETRIC_HTTP_PORT='eighty' is invalid: a port is a number from 1 to 65535"});
        cases.add(new String[]{"POLYMETRIC_DB_URL", "postgres://x", "polymetric: POLYMETRIC_DB_URL='postgres://x' is invalid: expected a MariaDB JDBC URL"});
        cases.add(new String[]{"POLYMETRIC_COLOUR", "blue", "polymetric: POLYMETRIC_COLOUR is not a Polymetric setting"});
        cases.add(new String[]{"POLYMETRIC_DB_URL", "jdbc:mariadb://127.0.0.1:1/none",
                "polymetric: cannot reach POLYMETRIC_DB_URL=jdbc:mariadb://127.0.0.1:1/none"});
        for (String[] c : cases) {
            Run run = launch("broken-" + c[0], Map.of(c[0], c[1], "POLYMETRIC_DATA_DIR", HOME.resolve("never").toString()));
            assertTrue(run.process().waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, run.process().exitValue(), c[0]);
            String out = run.output().strip();
            assertEquals(1, out.lines().count(), "one line: " + out);
            assertTrue(out.startsWith(c[2]), out);
        }
        assertFalse(Files.exists(HOME.resolve("never/mariadb")), "nothing was started");
    }

    @Test
    @Order(2)
    void theFirstStartGeneratesAnAdministratorPasswordOnceAndUsesTheTheme() throws Exception {
        Migrations.deleteTree(HOME.resolve("data"));
        port = freePort();
        Run run = launch("first", env());
        try {
            Matcher ready = awaitReady(run);
            String output = run.output();
            Matcher password = PASSWORD.matcher(output);
            assertTrue(password.find(), output);
            adminPassword = password.group(1);
            assertTrue(output.contains("admin@polymetric.local"), "the log names the account");
            assertTrue(ready.group(2).startsWith("embedded MariaDB on 127.0.0.1:"), ready.group(2));
            System.out.println("[LauncherIT] first start to ready: " + ready.group(3) + " s");
            quietConsole(output, true);

            PortalClient c = new PortalClient(URI.create("http://127.0.0.1:" + port + "/"));
            HttpResponse<String> signedIn = c.login("admin@polymetric.local", adminPassword);
            assertEquals(303, signedIn.statusCode());
            assertEquals("/account/password", signedIn.headers().firstValue("Location").map(l -> URI.create(l).getPath()).orElse(""),
                    "a generated password leads to the change form");
            HttpResponse<String> home = c.get("/");
            assertEquals(303, home.statusCode(), "every page waits for the new password");
            assertEquals("/account/password", home.headers().firstValue("Location").map(l -> URI.create(l).getPath()).orElse(""));
            // the API is not held back
            assertEquals(200, c.get("/api/tokens", "Authorization", PortalClient.basic("admin@polymetric.local", adminPassword)).statusCode());
            Map<String, String> change = new java.util.LinkedHashMap<>();
            change.put("_csrf", c.csrfFrom("/account/password"));
            change.put("current", adminPassword);
            change.put("password", "chosen-by-the-admin-1");
            change.put("repeat", "chosen-by-the-admin-1");
            assertEquals(303, c.postForm("/account/password", change).statusCode());
            adminPassword = "chosen-by-the-admin-1";
            var page = c.page("/");
            assertTrue(page.select("link[rel=stylesheet]").attr("href").contains("/theme/dark/"), "POLYMETRIC_THEME=dark");
            assertTrue(page.select("aside.sidebar nav a").eachText().contains("Account"), "the dark theme's own layout");
            assertTrue(page.select("section.organization h2").eachText().contains("Launch Org"), "POLYMETRIC_ORG_NAME");
            var token = c.postJson("/api/tokens", "{\"name\":\"survivor\",\"scope\":{\"organization_id\":1},\"level\":\"viewer\"}",
                    "Authorization", PortalClient.basic("admin@polymetric.local", adminPassword));
            assertEquals(201, token.statusCode(), token.body());
            tokenSecret = PortalClient.json(token).getString("token");
            firstRunBrowser = c;
        } finally {
            stop(run, dbPort(run.output()));
        }
        assertEquals(List.of("[polymetric] WARNING org.polymetric.kernel.identity.FirstRun:"), warnings(run.output()),
                "nothing to report at the stop either");
    }

    static final String SMTP_SECRET = "smtp-secret-on-no-command-line";
    static final String ADMIN_SECRET = "admin-secret-on-no-command-line";

    /**
     * {@code ps} shows every process's command line to every user: the launcher's children (the
     * server, the embedded database) must carry no password and no setting there.
     */
    static void secretsAreNotOnAnyCommandLine(Run run) throws IOException {
        List<ProcessHandle> children = run.process().toHandle().descendants().toList();
        Map<Long, String> byPid = new java.util.HashMap<>();
        for (ProcessHandle child : children) {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(child.pid()), "cmdline"));
            byPid.put(child.pid(), new String(raw, java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' '));
        }
        List<String> lines = List.copyOf(byPid.values());
        assertTrue(lines.stream().anyMatch(l -> l.contains("payara-micro")), "the server was among them: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.contains("mariadbd") || l.contains("mysqld")), "the database too: " + lines);
        for (String line : lines) {
            assertFalse(line.contains(SMTP_SECRET) || line.contains(ADMIN_SECRET), line);
            assertFalse(line.contains("-Dpolymetric."), "no setting as -D: " + line);
            assertFalse(line.contains("password"), line);
        }
        // the server got them all the same, through its own environment (readable by its owner only)
        long server = byPid.entrySet().stream().filter(e -> e.getValue().contains("payara-micro")).findFirst().orElseThrow().getKey();
        String environ = Files.readString(Path.of("/proc", Long.toString(server), "environ"), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(environ.contains("POLYMETRIC_SMTP_PASSWORD=" + SMTP_SECRET), "the secret reaches the server by its environment");
    }

    @Test
    @Order(3)
    void dataSurvivesARestartAndThePasswordIsNotPrintedAgain() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(env());
        env.putAll(Map.of("POLYMETRIC_SMTP_HOST", "127.0.0.1", "POLYMETRIC_PUBLIC_URL", "http://portal.launch.test", "POLYMETRIC_SMTP_USER", "portal",
                "POLYMETRIC_SMTP_PASSWORD", SMTP_SECRET, "POLYMETRIC_ADMIN_EMAIL", "admin@polymetric.local",
                "POLYMETRIC_ADMIN_PASSWORD", ADMIN_SECRET));
        Run run = launch("second", env);
        try {
            Matcher ready = awaitReady(run);
            secretsAreNotOnAnyCommandLine(run);
            System.out.println("[LauncherIT] restart to ready: " + ready.group(3) + " s");
            assertFalse(run.output().contains("First run"), "the first run happens once");
            quietConsole(run.output(), false);
            // web sessions live in the server's memory: a restart signs everybody out
            HttpResponse<String> afterRestart = firstRunBrowser.get("/");
            assertEquals(302, afterRestart.statusCode(), "the old session is gone: sign in");
            assertEquals("/login", afterRestart.headers().firstValue("Location").map(l -> URI.create(l).getPath()).orElse(""));
            PortalClient c = new PortalClient(URI.create("http://127.0.0.1:" + port + "/"));
            c.loginOrFail("admin@polymetric.local", adminPassword);
            assertEquals(200, c.get("/api/tokens", "Authorization", "Bearer " + tokenSecret).statusCode());
            assertEquals(200, c.get("/health/ready").statusCode());
        } finally {
            stop(run, dbPort(run.output()));
        }
    }

}
