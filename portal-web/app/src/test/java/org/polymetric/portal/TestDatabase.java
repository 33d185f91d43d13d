package org.polymetric.portal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (target != null) {
            return;
        }
        Path home = Path.of(System.getProperty("polymetric.test.db.dir"));
        deleteTree(home.resolve("mariadb"));
        EmbeddedDatabase db = EmbeddedDatabase.start(home, Integer.parseInt(System.getProperty("polymetric.test.db.port")));
        target = db.target();
        Migrations.applyFromWar(target, Path.of(System.getProperty("polymetric.test.war")), home.resolve("migrations"));
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .put(TestDatabase.class, (ExtensionContext.Store.CloseableResource) db::close);
    }

    /** Every run starts from an empty database. */
    private static void deleteTree(Path dir) throws java.io.IOException {
        if (java.nio.file.Files.exists(dir)) {
            try (var paths = java.nio.file.Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(p);
                }
            }
        }
    }

    /** A connection to the database under test, for fixtures the APIs of this issue cannot make yet. */
    public static Connection connect() throws SQLException {
        if (target == null) {
            throw new IllegalStateException("TestDatabase has not started; register it with @ExtendWith");
        }
        return target.connect();
    }
}
