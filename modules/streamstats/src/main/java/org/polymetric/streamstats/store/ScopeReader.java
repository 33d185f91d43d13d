package org.polymetric.streamstats.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.polymetric.kernel.storage.LaggingReads;
import org.polymetric.streamstats.domain.Block;
import org.polymetric.streamstats.domain.Scope;

/** Reads {@code streamstats_scope}: which scopes a place's figures are summed over, and the rows a summary lists. */
@ApplicationScoped
public class ScopeReader {
    private static final String ROW = "SELECT s.id, s.kind, s.channel_id, s.stream_id, s.bitrate, s.representation_id, s.stream_uri";
    private static final String FROM = " FROM streamstats_scope s WHERE s.game_id = ?";
    private static final String COLUMNS = ROW + FROM;
    private static final String KEY_ORDER = " ORDER BY s.channel_id, s.stream_id, s.bitrate, s.representation_id";

    /** Reads that may lag: a replica's, in the Stats API requests that allow it. */
    @Inject
    LaggingReads reads;

    /**
     * The scopes whose rollup rows hold a place's figures: its own (game, channel or stream; one
     * key lookup), or for a stream narrowed by bitrate or representation, the matching renditions.
     * Empty when the place never reported.
     */
    public List<Long> sources(long gameId, Place place) {
        Sql q = place.narrowed() ? renditionsOf(ROW, place)
                : new Sql(COLUMNS).add(" AND s.kind = ?", String.valueOf(place.kind().code()))
                .add(" AND s.channel_id = ?", nonNull(place.channelId())).add(" AND s.stream_id = ?", nonNull(place.streamId()))
                .add(" AND s.bitrate = '' AND s.representation_id = ''");
        return read(gameId, q).stream().map(ScopeRow::id).toList();
    }

    /** The renditions a place covers (every rendition of the game for the customer), in key order. */
    public List<ScopeRow> renditions(long gameId, Place place) {
        return read(gameId, renditionsOf(ROW, place).add(KEY_ORDER));
    }

    /**
     * Which listed row of a place's {@code /summary} (a page) each rendition under them falls
     * under: rendition id → listed row id, for the renditions of the listed channels, of the listed
     * streams, or the listed renditions themselves. Reads the keys only (the scope key index
     * covers them), in slices of {@link Sql#IDS_PER_QUERY} listed keys.
     */
    public Map<Long, Long> rowsOfRenditions(long gameId, Place place, List<ScopeRow> listed) {
        Map<Long, Long> rowOf = new HashMap<>();
        if (place.listed() == Scope.Kind.RENDITION) {
            listed.forEach(row -> rowOf.put(row.id(), row.id()));
            return rowOf;
        }
        Map<String, Long> byKey = new HashMap<>();
        listed.forEach(row -> byKey.put(row.under(place.listed()), row.id()));
        for (Sql q : renditionsUnder(place, listed)) {
            try (Connection c = reads.source().getConnection(); PreparedStatement s = c.prepareStatement(q.text())) {
                s.setLong(1, gameId);
                q.bind(s, 2);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Long row = byKey.get(ScopeRow.under(place.listed(), rs.getLong(1), rs.getString(2), rs.getString(3)));
                        if (row != null) {
                            rowOf.put(rs.getLong(1), row);
                        }
                    }
                }
            } catch (SQLException e) {
                throw new StoreFailure("reading the scopes of game " + gameId, e);
            }
        }
        return rowOf;
    }

    /** The statements reading the ids and keys of the renditions under listed channels or streams, one per slice of them. */
    static List<Sql> renditionsUnder(Place place, List<ScopeRow> listed) {
        boolean channels = place.listed() == Scope.Kind.CHANNEL;
        List<Sql> statements = new ArrayList<>();
        for (List<String> slice : Sql.slices(listed.stream().map(channels ? ScopeRow::channelId : ScopeRow::streamId).toList())) {
            statements.add(renditionsOf("SELECT s.id, s.channel_id, s.stream_id", place).in(channels ? "s.channel_id" : "s.stream_id", slice));
        }
        return statements;
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
        // the blocks as a derived table joined on the rollups' key (BlockTable), coarsest first, and
        // the lookup stops at the first row found. An OR of the blocks instead had the optimiser plan
        // 35 key ranges again for every scope: ~70 ms over 1 000 channels, against ~10 ms this way.
        q.add(" AND EXISTS (SELECT 1 FROM (");
        BlockTable.append(q, blocks);
        // STRAIGHT_JOIN: the blocks drive; left to its statistics, the optimiser may scan the game's
        // rollups first and look the blocks up, a full scan of millions of rows per scope
        q.add(") b STRAIGHT_JOIN streamstats_rollup r ON r.game_id = s.game_id AND r.level = b.level AND r.bucket = b.bucket"
                + " AND r.scope_id = s.id)");
        return read(gameId, q.add(KEY_ORDER));
    }

    /** {@code select} (columns of {@code s}) of the renditions a place covers. */
    private static Sql renditionsOf(String select, Place place) {
        return new Sql(select + FROM).add(" AND s.kind = ?", String.valueOf(Scope.Kind.RENDITION.code()))
                .equal("s.channel_id", place.channelId()).equal("s.stream_id", place.streamId())
                .equal("s.bitrate", place.bitrate()).equal("s.representation_id", place.representationId());
    }

    private static String nonNull(String key) {
        return key == null ? "" : key;
    }

    private List<ScopeRow> read(long gameId, Sql q) {
        List<ScopeRow> rows = new ArrayList<>();
        try (Connection c = reads.source().getConnection(); PreparedStatement s = c.prepareStatement(q.text())) {
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
