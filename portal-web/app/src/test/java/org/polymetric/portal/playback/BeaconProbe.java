package org.polymetric.portal.playback;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.polymetric.kernel.ingest.Ingested;
import org.polymetric.kernel.ingest.playback.Beacon;
import org.polymetric.kernel.storage.Storage;

/** Stores every beacon it observes in {@code probe_beacon}, as a module taking beacons would. */
@ApplicationScoped
public class BeaconProbe {
    static final String TABLE = "CREATE TABLE IF NOT EXISTS probe_beacon (device_id VARCHAR(128) NOT NULL, "
            + "game_id BIGINT NOT NULL, organization_id BIGINT NOT NULL, timestamp_ms BIGINT NOT NULL, "
            + "interval_ms INT NOT NULL, cdn_bytes BIGINT NOT NULL, buffer_health_ms BIGINT NULL, "
            + "browser VARCHAR(64) NOT NULL, os VARCHAR(64) NOT NULL, platform VARCHAR(64) NOT NULL, "
            + "country VARCHAR(8) NOT NULL, city VARCHAR(100) NOT NULL, isp VARCHAR(200) NOT NULL, "
            + "received_at_ms BIGINT NOT NULL) ENGINE=InnoDB";

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    void store(@Observes Ingested<Beacon> batch) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO probe_beacon (device_id, game_id, organization_id, "
                     + "timestamp_ms, interval_ms, cdn_bytes, buffer_health_ms, browser, os, platform, country, city, isp, "
                     + "received_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Beacon b : batch.items()) {
                s.setString(1, b.deviceId());
                s.setLong(2, b.gameId());
                s.setLong(3, b.organizationId());
                s.setLong(4, b.timestampMs());
                s.setInt(5, b.intervalMs());
                s.setLong(6, b.cdnBytes());
                s.setObject(7, b.bufferHealthMs());
                s.setString(8, b.browser());
                s.setString(9, b.os());
                s.setString(10, b.platform());
                s.setString(11, b.countryCode());
                s.setString(12, b.city());
                s.setString(13, b.isp());
                s.setLong(14, b.receivedAtMs());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
