package org.polymetric.streamstats.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.polymetric.kernel.storage.Storage;
import org.polymetric.streamstats.domain.Block;
import org.polymetric.streamstats.domain.Scope;

/** Reads {@code streamstats_scope}: which scopes a place's figures are summed over, and the rows a summary lists. */
@ApplicationScoped
public class ScopeReader {
    private static final String COLUMNS = "SELECT s.id, s.kind, s.channel_id, s.stream_id, s.bitrate, s.representation_id, "
            + "s.stream_uri FROM streamstats_scope s WHERE s.game_id = ?";
    private static final String KEY_ORDER = " ORDER BY s.channel_id, s.stream_id, s.bitrate, s.representation_id";

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    /**
     * The scopes whose rollup rows hold a place's figures: its own (game, channel or stream; one
     * key lookup), or for a stream narrowed by bitrate or representation, the matching renditions.
     * Empty when the place never reported.
     */
    public List<Long> sources(long gameId, Place place) {
        Sql q = place.narrowed() ? renditionsOf(gameId, place)
                : new Sql(COLUMNS).add(" AND s.kind = ?", String.valueOf(place.kind().code()))
                .add(" AND s.channel_id = ?", nonNull(place.channelId())).add(" AND s.stream_id = ?", nonNull(place.streamId()))
                .add(" AND s.bitrate = '' AND s.representation_id = ''");
        return read(gameId, q).stream().map(ScopeRow::id).toList();
    }

    /** The renditions a place covers (every rendition of the game for the customer), in key order. */
    public List<ScopeRow> renditions(long gameId, Place place) {
        return read(gameId, renditionsOf(gameId, place).add(KEY_ORDER));
    }

    /**
     * The renditions under some listed rows of a place's {@code /summary} (a page): the renditions
     * of those channels, of those streams, or the listed renditions themselves.
     */
    public List<ScopeRow> renditionsUnder(long gameId, Place place, List<ScopeRow> listed) {
        if (listed.isEmpty() || place.listed() == Scope.Kind.RENDITION) {
            return listed;
        }
        Sql q = renditionsOf(gameId, place);
        if (place.listed() == Scope.Kind.CHANNEL) {
            q.in("s.channel_id", listed.stream().map(ScopeRow::channelId).toList());
        } else {
            q.in("s.stream_id", listed.stream().map(ScopeRow::streamId).toList());
        }
        return read(gameId, q);
    }

    /**
     * The rows of a place's {@code /summary} that have figures in the window made of
     * {@code blocks}: scopes of the listed kind under the place with a rollup row in one of the
     * blocks (key lookups), in key order (code points: the columns compare as binary UTF-8).
     */
    public List<ScopeRow> listed(long gameId, Place place, List<Block> blocks) {
        if (blocks.isEmpty()) {
            return List.of();
        }
        Scope.Kind kind = place.listed();
        Sql q = new Sql(COLUMNS).add(" AND s.kind = ?", String.valueOf(kind.code()))
                .equal("s.channel_id", place.channelId()).equal("s.stream_id", place.streamId());
        if (kind == Scope.Kind.RENDITION) {
            q.equal("s.bitrate", place.bitrate()).equal("s.representation_id", place.representationId());
        }
        // the blocks as a derived table joined on the rollups' key: one key lookup per block, coarsest
        // first (a scope that played in the window most likely has a row in its largest blocks), and
        // the lookup stops at the first row found. An OR of the blocks instead had the optimiser plan
        // 35 key ranges again for every scope: ~70 ms over 1 000 channels, against ~10 ms this way.
        q.add(" AND EXISTS (SELECT 1 FROM (");
        String union = "";
        for (Block b : blocks.stream().sorted(Comparator.comparingLong((Block b) -> b.level().millis()).reversed()).toList()) {
            q.add(union + "SELECT ? AS level, ? AS bucket", b.level().code(), b.startMs());
            union = " UNION ALL ";
        }
        // STRAIGHT_JOIN: the blocks drive; left to its statistics, the optimiser may scan the game's
        // rollups first and look the blocks up, a full scan of millions of rows per scope
        q.add(") b STRAIGHT_JOIN streamstats_rollup r ON r.game_id = s.game_id AND r.level = b.level AND r.bucket = b.bucket"
                + " AND r.scope_id = s.id)");
        return read(gameId, q.add(KEY_ORDER));
    }

    private static Sql renditionsOf(long gameId, Place place) {
        return new Sql(COLUMNS).add(" AND s.kind = ?", String.valueOf(Scope.Kind.RENDITION.code()))
                .equal("s.channel_id", place.channelId()).equal("s.stream_id", place.streamId())
                .equal("s.bitrate", place.bitrate()).equal("s.representation_id", place.representationId());
    }

    private static String nonNull(String key) {
        return key == null ? "" : key;
    }

    private List<ScopeRow> read(long gameId, Sql q) {
        List<ScopeRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(q.text())) {
            s.setLong(1, gameId);
            q.bind(s, 2);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ScopeRow(rs.getLong(1), kind(rs.getString(2).charAt(0)), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new StoreFailure("reading the scopes of game " + gameId, e);
        }
        return rows;
    }

    private static Scope.Kind kind(char code) {
        for (Scope.Kind k : Scope.Kind.values()) {
            if (k.code() == code) {
                return k;
            }
        }
        throw new IllegalStateException("a scope of unknown kind " + code);
    }
}
