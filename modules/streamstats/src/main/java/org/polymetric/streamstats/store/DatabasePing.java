package org.polymetric.streamstats.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.polymetric.kernel.storage.Storage;

/** {@code /ping/db}: whether the database answers a query on the module's own table, within a few seconds. */
@ApplicationScoped
public class DatabasePing {
    static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    public DatabasePing() {
    }

    DatabasePing(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean answers() {
        // the module's table, not SELECT 1: a database that lost the schema does not serve the API either
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT 1 FROM streamstats_scope LIMIT 1")) {
            s.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return true;
            }
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
