package org.polymetric.portal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.polymetric.launcher.DatabaseTarget;
import org.polymetric.launcher.EmbeddedDatabase;
import org.polymetric.launcher.Migrations;

/**
 * A real MariaDB for the integration tests: started once per test JVM on the port failsafe
 * reserved (the Payara under test is told the same port), migrated from the WAR under test the
 * way the launcher does it. Register it before {@code ArquillianExtension}: deployment happens
 * before a test class's own {@code @BeforeAll}.
 */
public class TestDatabase implements BeforeAllCallback {
    private static DatabaseTarget target;
    private static EmbeddedDatabase server;
    private static Path home;
    private static int port;

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (target != null) {
            return;
        }
        home = Path.of(System.getProperty("polymetric.test.db.dir"));
        port = Integer.parseInt(System.getProperty("polymetric.test.db.port"));
        // every run starts from an empty database
        Migrations.deleteTree(home.resolve("mariadb"));
        EmbeddedDatabase db = EmbeddedDatabase.start(home, port);
        server = db;
        target = db.target();
        Migrations.applyFromWar(target, Path.of(System.getProperty("polymetric.test.war")), home.resolve("migrations"));
        // the server running at the end, which restartWith may have replaced
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .put(TestDatabase.class, (ExtensionContext.Store.CloseableResource) () -> server.close());
    }

    /**
     * Stops the database server (as an operator or a crash would; connections are cut) until
     * {@link #start()}: for tests of a portal whose database is away. Data stays.
     */
    public static synchronized void stop() {
        target();
        server.close();
    }

    /** Starts the server again after {@link #stop()}, on the same port and data. */
    public static synchronized void start() throws Exception {
        target();
        server.reopen();
    }

    /**
     * Sends {@code signal} ({@code STOP}, {@code CONT}) to the database server's process, the
     * mariadbd this JVM started: stopped, it keeps its connections and its port and answers nothing,
     * as a hung server or a network partition does. A test that stops it continues it in a
     * {@code finally}.
     */
    public static synchronized void signal(String signal) throws Exception {
        target();
        List<ProcessHandle> servers = ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd")).orElse(false)).toList();
        if (servers.size() != 1) {
            throw new IllegalStateException("expected one mariadbd under this JVM, found " + servers.size());
        }
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(servers.get(0).pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " failed");
        }
    }

    /**
     * Stops the server, runs {@code whileStopped} on its data folder (a cold copy, as an operator
     * seeds a replica), and starts it again on the same port and data with {@code options} added to
     * its command line, for the rest of the test JVM. Connections are cut, as by {@link #stop()}.
     */
    public static synchronized void restartWith(List<String> options, DataFolderTask whileStopped) throws Exception {
        target();
        server.close();
        whileStopped.run(home.resolve("mariadb"));
        server = EmbeddedDatabase.start(home, port, Path.of(System.getProperty("java.io.tmpdir")), options);
    }

    /** Work on the stopped server's data folder. */
    @FunctionalInterface
    public interface DataFolderTask {
        void run(Path dataFolder) throws Exception;
    }

    /** The folder the server's own folders (data, engine) are in. */
    static Path home() {
        target();
        return home;
    }

    /** The database under test, for a test that migrates it again (as a launcher would). */
    public static DatabaseTarget target() {
        if (target == null) {
            throw new IllegalStateException("TestDatabase has not started; register it with @ExtendWith");
        }
        return target;
    }

    /** A connection to the database under test, for fixtures the APIs of this issue cannot make yet. */
    public static Connection connect() throws SQLException {
        if (target == null) {
            throw new IllegalStateException("TestDatabase has not started; register it with @ExtendWith");
        }
        return target.connect();
    }
}
