package org.polymetric.portal;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.polymetric.launcher.EmbeddedDatabase;
import org.polymetric.launcher.Migrations;

/**
 * A second MariaDB, a real replica of the test database, for the class that registers it (after
 * {@link TestDatabase}, before {@code ArquillianExtension}). It is seeded as an operator seeds one:
 * the primary is stopped, its data folder copied, and the primary started again writing a binary
 * log ({@code log-bin}, {@code server-id}, {@code binlog-format=ROW}); the replica starts on the copy and follows that log
 * from its start ({@code MASTER_USE_GTID=slave_pos}). Only the classes after this one see a primary
 * with a binary log, so the others pay nothing for it. Stopped after the class.
 */
public class TestReplica implements BeforeAllCallback, AfterAllCallback {
    /** The replica's port, known before the class's deployment names it. */
    public static final int PORT = freePort();
    private static EmbeddedDatabase replica;

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        Path home = TestDatabase.home().resolveSibling("it-replica");
        Path data = home.resolve("mariadb");
        Migrations.deleteTree(data);
        Files.createDirectories(home);
        Path engine = home.resolve("engine");
        if (!Files.exists(engine)) {
            // the primary's unpacked server, not a second copy of it
            Files.createSymbolicLink(engine, TestDatabase.home().resolve("engine").toAbsolutePath());
        }
        // ROW: as statements, a write carrying binary values (a device's properties) reached the
        // replica mangled and stopped its SQL thread with a syntax error
        TestDatabase.restartWith(List.of("--log-bin=primary-bin", "--server-id=1", "--binlog-format=ROW"), primaryData -> copy(primaryData, data));
        replica = EmbeddedDatabase.start(home, PORT, Path.of(System.getProperty("java.io.tmpdir")),
                List.of("--server-id=2", "--relay-log=replica-relay"));
        execute("CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=" + System.getProperty("polymetric.test.db.port")
                + ", MASTER_USER='root', MASTER_PASSWORD='embedded', MASTER_CONNECT_RETRY=1, MASTER_USE_GTID=slave_pos"
                // 11.4 replicas verify the primary's certificate by default; the embedded one's is self-signed, on loopback
                + ", MASTER_SSL=0");
        execute("START SLAVE");
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (replica != null) {
            replica.close();
            replica = null;
        }
    }

    /** A connection to the replica (its own account: grants are off in the embedded server). */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + PORT + "/" + EmbeddedDatabase.SCHEMA, "root", "embedded");
    }

    /** Runs statements on the replica ({@code STOP SLAVE}, {@code START SLAVE}). */
    public static void execute(String... statements) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** Shuts the replica down (its connections are cut), as a crash or an operator would. */
    public static synchronized void stop() {
        replica.close();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the replica", e);
        }
    }
}
