package org.polymetric.streamstats.store;

import java.util.Comparator;
import java.util.List;
import org.polymetric.streamstats.domain.Block;

/**
 * A window's blocks as a derived table {@code (level, bucket)} that drives a STRAIGHT_JOIN on the
 * rollups' key: one key lookup per block. An OR of the blocks' key ranges instead has the optimiser
 * plan every range again per statement (and per scope in a dependent subquery): 35 ranges × 50
 * scopes for a 24 h page, 35 000 for a slice of 1 000 ids.
 */
final class BlockTable {
    private BlockTable() {
    }

    /**
     * Appends {@code SELECT ? AS level, ? AS bucket UNION ALL ...}, coarsest blocks first: a scope
     * that played in the window most likely has a row in its largest blocks, so a lookup that stops
     * at the first row found stops early.
     */
    static void append(Sql q, List<Block> blocks) {
        String union = "";
        for (Block b : blocks.stream().sorted(Comparator.comparingLong((Block b) -> b.level().millis()).reversed()).toList()) {
            q.add(union + "SELECT ? AS level, ? AS bucket", b.level().code(), b.startMs());
            union = " UNION ALL ";
        }
    }
}
