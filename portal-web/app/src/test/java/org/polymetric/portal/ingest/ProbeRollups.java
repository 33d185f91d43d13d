package org.polymetric.portal.ingest;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.polymetric.kernel.ingest.Ingested;
import org.polymetric.kernel.storage.Storage;

/**
 * Two observers of the same items, each writing its own table as two modules would. The second
 * refuses a value starting with "refuse" after the first has written it: the batch must roll back
 * as a whole.
 */
@ApplicationScoped
public class ProbeRollups {
    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    void first(@Observes @Priority(1) Ingested<ProbeItem> batch) throws SQLException {
        insert("probe_first", batch);
    }

    void second(@Observes @Priority(2) Ingested<ProbeItem> batch) throws SQLException {
        insert("probe_second", batch);
        if (batch.items().stream().anyMatch(i -> i.value().startsWith("refuse"))) {
            throw new IllegalStateException("the second observer refuses this batch");
        }
    }

    private void insert(String table, Ingested<ProbeItem> batch) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO " + table + " (v, country) VALUES (?, ?)")) {
            for (ProbeItem item : batch.items()) {
                s.setString(1, item.value());
                s.setString(2, item.country());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
