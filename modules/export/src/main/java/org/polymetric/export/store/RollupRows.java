package org.polymetric.export.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.polymetric.export.domain.Dimension;
import org.polymetric.export.domain.Tier;

/** Reads a game's rollups of one tier, streaming. */
public interface RollupRows {
    /**
     * Hands {@code sink} the rollups of the game's buckets of {@code tier} that start in
     * {@code [fromMs, toMs)}, in bucket order (within a bucket in any order, and a combination may
     * come more than once: the caller adds them up), each with the value ids of {@code dimensions}
     * in that order, counting only rows whose value of each filtered dimension is one of the given
     * ids (an empty array matches nothing). Buckets without rows are not handed over. Memory stays
     * flat: rows stream from the database as the sink takes them.
     */
    void read(long gameId, Tier tier, long fromMs, long toMs, List<Dimension> dimensions, Map<Dimension, int[]> filters,
              BucketRow sink) throws SQLException;
}
