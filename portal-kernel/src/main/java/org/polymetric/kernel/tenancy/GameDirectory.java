package org.polymetric.kernel.tenancy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.polymetric.kernel.storage.Storage;

/**
 * Games by key and by id for modules (every SDK request asks), as {@link GameCard}s: the one place
 * that reads the {@code game} table for them.
 *
 * <p><b>Cache.</b> Cards are kept (at most {@link #MAX_KEPT} per index, by key and by id), each with
 * its organization's {@code tenancy_version} as read in the same query. A lookup compares it with
 * {@link TenancyVersions}' snapshot (at most {@link TenancyVersions#WINDOW} old) and reads the game
 * again when its organization's version moved or the organization is gone: in steady state a lookup
 * asks the database nothing. Keys and ids that name no game are kept too, for
 * {@link TenancyVersions#WINDOW}, so made-up keys cannot cost a query each; a text that no
 * {@code game_key} can hold (empty, or over {@link #KEY_LENGTH} characters) is unknown without any
 * query or entry. Keys of any shape are looked up (the portal makes 40 hex digits, but Photon's
 * {@code appid}s are UUIDs, stored as the game's key): a dialect that knows its key format checks
 * it first (events: {@link GameKeys#isKey}).
 *
 * <p><b>Staleness.</b> A change made through JPA on this instance (the organizations module's API
 * and pages) is seen at once: {@link GameChanges} forgets the game when it is written and again
 * after the transaction ends. A change made anywhere else (another instance of a cluster, plain
 * SQL) is seen within {@link TenancyVersions#WINDOW} plus one read of the versions, never later
 * than {@code TenancyVersions.LIMIT}; a game created elsewhere under a key already asked for is
 * found within {@link TenancyVersions#WINDOW}. A database that does not answer reaches callers as
 * {@link SQLException} (the events module answers it 503).
 */
@ApplicationScoped
public class GameDirectory {
    static final int MAX_KEPT = 100_000;
    /** The {@code game_key} column's length. */
    static final int KEY_LENGTH = 40;
    /** Keys asked for in one query; more are read in several. */
    static final int KEYS_PER_QUERY = 500;
    private static final String CARD = "SELECT g.id, g.organization_id, g.studio_id, g.game_key, g.secret_key, g.timezone, "
            + "g.title, g.paused, g.is_disabled, g.is_archived, o.tenancy_version "
            + "FROM game g JOIN organization o ON o.id = g.organization_id WHERE ";
    // a safety net only: versions move on every change a trigger sees
    private static final Duration LONGEST = Duration.ofMinutes(10);

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    TenancyVersions versions;

    private final Cache<String, Kept> byKey = Caffeine.newBuilder().maximumSize(MAX_KEPT).expireAfterWrite(LONGEST).build();
    private final Cache<Long, Kept> byId = Caffeine.newBuilder().maximumSize(MAX_KEPT).expireAfterWrite(LONGEST).build();
    /** Moves on every local change, so a read that a change overtook is not kept. */
    private final AtomicLong changes = new AtomicLong();

    /** A card or none, with the organization's version it was read under and when ({@link System#nanoTime()}). */
    private record Kept(GameCard card, long version, long readAt) {
        boolean current(TenancyVersions.Snapshot now) {
            return card == null ? System.nanoTime() - readAt < TenancyVersions.WINDOW.toNanos()
                    : now.current(card.organizationId(), version, readAt);
        }
    }

    /** The game with this key (any case, as the column compares), or empty when no game has it. */
    public Optional<GameCard> byKey(String key) throws SQLException {
        if (!storable(key)) {
            return Optional.empty();
        }
        String normal = key.toLowerCase(Locale.ROOT);
        TenancyVersions.Snapshot now = versions.snapshot();
        Kept kept = byKey.getIfPresent(normal);
        if (kept == null || !kept.current(now)) {
            long seen = changes.get();
            kept = readOne("g.game_key = ?", s -> s.setString(1, normal));
            keep(seen, normal, kept);
        }
        return Optional.ofNullable(kept.card());
    }

    /** The game with this id, or empty when there is none. */
    public Optional<GameCard> byId(long id) throws SQLException {
        if (id <= 0) {
            return Optional.empty();
        }
        TenancyVersions.Snapshot now = versions.snapshot();
        Kept kept = byId.getIfPresent(id);
        if (kept == null || !kept.current(now)) {
            long seen = changes.get();
            kept = readOne("g.id = ?", s -> s.setLong(1, id));
            if (changes.get() == seen) {
                byId.put(id, kept);
                if (kept.card() != null) {
                    byKey.put(kept.card().key().toLowerCase(Locale.ROOT), kept);
                }
            }
        }
        return Optional.ofNullable(kept.card());
    }

    /**
     * The games with these keys, by their key as stored; keys that name no game are left out. Only keys not kept are read, {@link #KEYS_PER_QUERY}
     * to a query.
     */
    public Map<String, GameCard> byKeys(Collection<String> keys) throws SQLException {
        Map<String, GameCard> found = new HashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        TenancyVersions.Snapshot now = versions.snapshot();
        for (String key : keys) {
            if (!storable(key)) {
                continue;
            }
            String normal = key.toLowerCase(Locale.ROOT);
            Kept kept = byKey.getIfPresent(normal);
            if (kept == null || !kept.current(now)) {
                missing.add(normal);
            } else if (kept.card() != null) {
                found.put(kept.card().key(), kept.card());
            }
        }
        List<String> toRead = new ArrayList<>(missing);
        for (int from = 0; from < toRead.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = toRead.subList(from, Math.min(toRead.size(), from + KEYS_PER_QUERY));
            long seen = changes.get();
            Kept none = new Kept(null, 0, System.nanoTime());
            Map<String, Kept> read = readMany(chunk);
            for (String key : chunk) {
                Kept kept = read.getOrDefault(key, none);
                keep(seen, key, kept);
                if (kept.card() != null) {
                    found.put(kept.card().key(), kept.card());
                }
            }
        }
        return found;
    }

    /**
     * Forgets a game written on this instance, now and again when the writing transaction ends
     * (a read between the write and the commit still sees the old row). Called by {@link GameChanges}.
     */
    void changed(Long id, String key) {
        forget(id, key);
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // only the outcome matters
                }

                @Override
                public void afterCompletion(int status) {
                    forget(id, key);
                }
            });
        }
    }

    private void forget(Long id, String key) {
        changes.incrementAndGet();
        if (id != null) {
            byId.invalidate(id);
        }
        if (key != null) {
            byKey.invalidate(key.toLowerCase(Locale.ROOT));
        }
    }

    private static boolean storable(String key) {
        return key != null && !key.isEmpty() && key.length() <= KEY_LENGTH;
    }

    private void keep(long seen, String key, Kept kept) {
        if (changes.get() != seen) {
            return; // a local change may have overtaken this read: the next lookup reads again
        }
        byKey.put(key, kept);
        if (kept.card() != null) {
            byId.put(kept.card().id(), kept);
        }
    }

    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private Kept readOne(String where, Binder binder) throws SQLException {
        long readAt = System.nanoTime();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(CARD + where)) {
            binder.bind(s);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? kept(r, readAt) : new Kept(null, 0, readAt);
            }
        }
    }

    private Map<String, Kept> readMany(List<String> keys) throws SQLException {
        long readAt = System.nanoTime();
        Map<String, Kept> read = new HashMap<>();
        String sql = CARD + "g.game_key IN (" + String.join(",", Collections.nCopies(keys.size(), "?")) + ")";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < keys.size(); i++) {
                s.setString(i + 1, keys.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Kept kept = kept(r, readAt);
                    read.put(kept.card().key().toLowerCase(Locale.ROOT), kept);
                }
            }
        }
        return read;
    }

    private static Kept kept(ResultSet r, long readAt) throws SQLException {
        GameCard card = new GameCard(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4),
                r.getString(5), Game.zoneOf(r.getString(6)), r.getString(7),
                GameCard.State.of(r.getBoolean(8), r.getBoolean(9), r.getBoolean(10)));
        return new Kept(card, r.getLong(11), readAt);
    }
}
