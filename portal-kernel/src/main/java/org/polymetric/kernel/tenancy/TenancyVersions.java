package org.polymetric.kernel.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.polymetric.kernel.storage.Storage;

/**
 * Every organization's {@code tenancy_version} (moved by triggers whenever one of its studios or
 * games is added, changed or removed, by whatever instance or script wrote it), read as one
 * snapshot at most once per {@link #WINDOW}: caches of tenancy facts compare what they kept
 * against it, so a change made on another instance is seen within the window without a query per
 * lookup.
 *
 * <p>The snapshot is refreshed lazily by the lookup that finds it too old, one thread at a time;
 * the others go on with the old one while that read runs, but never with one older than
 * {@link #LIMIT} (past that they wait for the read, and a database that does not answer reaches
 * them as its {@link SQLException}).
 */
@ApplicationScoped
public class TenancyVersions {
    /** How old a snapshot may be before a lookup reads a new one. */
    public static final Duration WINDOW = Duration.ofSeconds(1);
    /** How old a snapshot may ever be used while another thread reads the next one. */
    static final Duration LIMIT = Duration.ofSeconds(3);

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    private final ReentrantLock reading = new ReentrantLock();
    private volatile Snapshot current;

    /** Organization ids and their versions as read at {@code readAt} ({@link System#nanoTime()}). */
    public record Snapshot(Map<Long, Long> versions, long readAt) {
        /** Whether the organization existed when the snapshot was read. */
        public boolean has(long organizationId) {
            return versions.containsKey(organizationId);
        }

        /**
         * Whether something read at {@code keptAt} with its organization at {@code version} is
         * still current: its organization has not moved past that version since (versions only
         * grow), or, for an organization this snapshot does not know, it was read after the
         * snapshot (a new organization, not a removed one).
         */
        boolean current(long organizationId, long version, long keptAt) {
            Long now = versions.get(organizationId);
            return now == null ? keptAt - readAt > 0 : now <= version;
        }
    }

    /** A snapshot at most {@link #WINDOW} old (or, while another thread reads one, at most {@link #LIMIT}). */
    public Snapshot snapshot() throws SQLException {
        Snapshot s = current;
        long now = System.nanoTime();
        if (s != null && now - s.readAt < WINDOW.toNanos()) {
            return s;
        }
        if (reading.tryLock()) {
            try {
                return refresh();
            } finally {
                reading.unlock();
            }
        }
        if (s != null && now - s.readAt < LIMIT.toNanos()) {
            return s;
        }
        reading.lock();
        try {
            return refresh();
        } finally {
            reading.unlock();
        }
    }

    private Snapshot refresh() throws SQLException {
        Snapshot s = current;
        if (s != null && System.nanoTime() - s.readAt < WINDOW.toNanos()) {
            return s; // another thread read it while this one waited
        }
        long readAt = System.nanoTime();
        Map<Long, Long> versions = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT id, tenancy_version FROM organization");
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                versions.put(r.getLong(1), r.getLong(2));
            }
        }
        Snapshot read = new Snapshot(Map.copyOf(versions), readAt);
        current = read;
        return read;
    }
}
