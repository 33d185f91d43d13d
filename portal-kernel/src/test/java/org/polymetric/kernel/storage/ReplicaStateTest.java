package org.polymetric.kernel.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.storage.ReplicaState.Condition;

class ReplicaStateTest {
    private static final long NOW = 1_000_000;

    private static Map<String, String> row(String io, String sql, String lag) {
        Map<String, String> row = new HashMap<>();
        row.put("Slave_IO_Running", io);
        row.put("Slave_SQL_Running", sql);
        row.put("Seconds_Behind_Master", lag);
        row.put("Master_Host", "10.0.0.1");
        return row;
    }

    @Test
    void bothThreadsRunningWithALagIsReplicating() {
        ReplicaState s = ReplicaState.of(row("Yes", "Yes", "4"), NOW);
        assertEquals(Condition.REPLICATING, s.condition());
        assertEquals(4, s.lagSeconds());
        assertTrue(s.serves(30, NOW));
        assertTrue(s.serves(4, NOW), "the bound is inclusive");
        assertFalse(s.serves(3, NOW), "over the bound: the primary");
    }

    @Test
    void aNullLagOrAStoppedThreadIsStopped() {
        for (Map<String, String> r : new Map[] {row("Yes", "Yes", null), row("No", "Yes", "0"), row("Yes", "No", "0"),
                row("Connecting", "Yes", "0"), row("Yes", "Yes", "")}) {
            ReplicaState s = ReplicaState.of(r, NOW);
            assertEquals(Condition.STOPPED, s.condition(), r.toString());
            assertEquals(-1, s.lagSeconds());
            assertFalse(s.serves(86_400, NOW), r.toString());
            assertEquals(OptionalLong.empty(), s.stalenessSeconds(NOW));
        }
    }

    @Test
    void noStatusRowIsNotAReplica() {
        ReplicaState s = ReplicaState.of(null, NOW);
        assertEquals(Condition.NOT_A_REPLICA, s.condition());
        assertFalse(s.serves(30, NOW));
    }

    @Test
    void mysqlsColumnNamesAndAnyCaseAreRead() {
        Map<String, String> row = Map.of("replica_io_running", "yes", "REPLICA_SQL_RUNNING", "YES", "Seconds_Behind_Source", "2");
        ReplicaState s = ReplicaState.of(row, NOW);
        assertEquals(Condition.REPLICATING, s.condition());
        assertEquals(2, s.lagSeconds());
    }

    @Test
    void anUnreadableLagIsStopped() {
        assertEquals(Condition.STOPPED, ReplicaState.of(row("Yes", "Yes", "soon"), NOW).condition());
    }

    @Test
    void anOldCheckNoLongerServes() {
        ReplicaState s = ReplicaState.of(row("Yes", "Yes", "0"), NOW);
        assertTrue(s.serves(30, NOW + ReplicaState.TRUSTED_MILLIS));
        assertFalse(s.serves(30, NOW + ReplicaState.TRUSTED_MILLIS + 1), "a late check: the replica may be silent");
    }

    @Test
    void unreachableAndUnknownNeverServe() {
        assertFalse(ReplicaState.unreachable(NOW).serves(86_400, NOW));
        assertFalse(ReplicaState.unknown().serves(86_400, NOW));
    }

    @Test
    void stalenessIsTheLagPlusTheTimeSinceTheCheckRoundedUp() {
        ReplicaState s = ReplicaState.of(row("Yes", "Yes", "3"), NOW);
        assertEquals(OptionalLong.of(3), s.stalenessSeconds(NOW));
        assertEquals(OptionalLong.of(4), s.stalenessSeconds(NOW + 1));
        assertEquals(OptionalLong.of(4), s.stalenessSeconds(NOW + 1000));
        assertEquals(OptionalLong.of(5), s.stalenessSeconds(NOW + 1001));
        assertEquals(OptionalLong.of(3), s.stalenessSeconds(NOW - 50), "a clock step back adds nothing");
    }
}
