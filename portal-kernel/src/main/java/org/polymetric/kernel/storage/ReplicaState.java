package org.polymetric.kernel.storage;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What one check of the replica found ({@code SHOW REPLICA STATUS}), and whether reads that may
 * lag may go there: only while both replication threads run, the lag is known and within the
 * bound, and the check is recent, since a check that hangs (a silent replica) must not leave an
 * old "fine" standing.
 *
 * @param condition what the check found
 * @param lagSeconds {@code Seconds_Behind_Master} when replicating; -1 otherwise
 * @param checkedAtMillis when the check ended
 */
public record ReplicaState(Condition condition, long lagSeconds, long checkedAtMillis) {
    /** A check older than this says nothing any more: the next one is late, so the replica is not answering. */
    public static final long TRUSTED_MILLIS = 3_000;

    public enum Condition {
        /** Both threads run and the lag is known. */
        REPLICATING,
        /** A thread is stopped, or the lag is unknown ({@code Seconds_Behind_Master} NULL): what it holds grows old. */
        STOPPED,
        /** The server answers but replicates nothing (no {@code SHOW REPLICA STATUS} row): not a replica. */
        NOT_A_REPLICA,
        /** No connection, a failed query, or no status readable (the account lacks {@code REPLICA MONITOR}). */
        UNREACHABLE,
        /** Not checked yet. */
        UNKNOWN;

        /** The word in {@code /health} and the logs. */
        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** Before the first check. */
    public static ReplicaState unknown() {
        return new ReplicaState(Condition.UNKNOWN, -1, 0);
    }

    public static ReplicaState unreachable(long nowMillis) {
        return new ReplicaState(Condition.UNREACHABLE, -1, nowMillis);
    }

    /**
     * Reads the first row of {@code SHOW REPLICA STATUS} (column label to value; null for no row,
     * i.e. no replication configured). MariaDB names the columns {@code Slave_IO_Running},
     * {@code Slave_SQL_Running} and {@code Seconds_Behind_Master} in every version that has the
     * statement; the {@code Replica_}/{@code Source} spellings of MySQL are read too.
     */
    public static ReplicaState of(Map<String, String> row, long nowMillis) {
        if (row == null) {
            return new ReplicaState(Condition.NOT_A_REPLICA, -1, nowMillis);
        }
        boolean io = yes(value(row, "Slave_IO_Running", "Replica_IO_Running"));
        boolean sql = yes(value(row, "Slave_SQL_Running", "Replica_SQL_Running"));
        String lag = value(row, "Seconds_Behind_Master", "Seconds_Behind_Source");
        if (!io || !sql || lag == null || lag.isBlank()) {
            return new ReplicaState(Condition.STOPPED, -1, nowMillis);
        }
        try {
            return new ReplicaState(Condition.REPLICATING, Math.max(0, Long.parseLong(lag.trim())), nowMillis);
        } catch (NumberFormatException e) {
            return new ReplicaState(Condition.STOPPED, -1, nowMillis);
        }
    }

    private static String value(Map<String, String> row, String... names) {
        for (String name : names) {
            for (Map.Entry<String, String> e : row.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /** {@code Yes}; MariaDB also says {@code Connecting} or {@code Preparing} for a thread not yet running. */
    private static boolean yes(String running) {
        return running != null && running.trim().equalsIgnoreCase("yes");
    }

    /** Whether reads that may lag go to the replica at {@code nowMillis}, allowing at most {@code maxLagSeconds}. */
    public boolean serves(long maxLagSeconds, long nowMillis) {
        return condition == Condition.REPLICATING && lagSeconds <= maxLagSeconds
                && nowMillis - checkedAtMillis <= TRUSTED_MILLIS;
    }

    /**
     * How old, at most, what the replica answers at {@code nowMillis} may be: its lag when checked
     * plus the time since, in whole seconds rounded up. Empty unless replicating.
     */
    public OptionalLong stalenessSeconds(long nowMillis) {
        if (condition != Condition.REPLICATING) {
            return OptionalLong.empty();
        }
        long since = Math.max(0, nowMillis - checkedAtMillis);
        return OptionalLong.of(lagSeconds + (since + 999) / 1000);
    }
}
