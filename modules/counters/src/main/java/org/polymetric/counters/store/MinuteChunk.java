package org.polymetric.counters.store;

import java.time.Instant;
import org.polymetric.counters.domain.Rollup;

/**
 * The minutes of one series in one hour as the text of a {@code counters_minutes} row: one
 * record per minute rollup a write brought, each ended by {@code ;}. A write appends its records
 * to the hour's row, so a minute written twice has two records; reading merges them.
 *
 * <pre>
 * 12=3748.0@730500;                      minute 12, one sample, 3748, taken 730.5 s into the hour
 * 13=3,11220.0,3730.0,3760.0,3730.0@839000;   minute 13: count, sum, min, max, last
 * </pre>
 *
 * <p>The time of {@code last} is in milliseconds from the hour's start. Numbers are written as
 * Java writes doubles (exact both ways), and as MariaDB does, so SQL can write records too (the
 * migration from minute rows does). Text rather than binary: a row of one agent's hour stays
 * readable in a SQL client, and none of its characters needs quoting in a statement.
 */
final class MinuteChunk {
    static final int MINUTES = 60;

    private MinuteChunk() {
    }

    /** Appends the record of {@code minute} (0-59 in the hour starting at {@code hourAt}, epoch seconds). */
    static void append(StringBuilder out, int minute, Rollup r, long hourAt) {
        out.append(minute).append('=');
        if (r.count() == 1) {
            out.append(r.last());
        } else {
            out.append(r.count()).append(',').append(r.sum()).append(',').append(r.min()).append(',').append(r.max())
                    .append(',').append(r.last());
        }
        out.append('@').append(r.lastAt().toEpochMilli() - hourAt * 1000).append(';');
    }

    /**
     * The minute rollups of a row, index = minute of the hour, null where it has none; records of
     * the same minute merged in the order written.
     *
     * @throws IllegalStateException when the text is not a chunk (the row was damaged)
     */
    static Rollup[] read(String text, long hourAt) {
        Rollup[] minutes = new Rollup[MINUTES];
        int i = 0;
        while (i < text.length()) {
            int end = text.indexOf(';', i);
            int equals = text.indexOf('=', i);
            int at = text.indexOf('@', i);
            if (end < 0 || equals < i + 1 || at < equals + 2 || end < at + 2) {
                throw damaged(text, i);
            }
            try {
                int minute = Integer.parseInt(text, i, equals, 10);
                Instant lastAt = Instant.ofEpochMilli(hourAt * 1000 + Long.parseLong(text, at + 1, end, 10));
                Rollup r = rollup(text, equals + 1, at, lastAt);
                minutes[minute] = minutes[minute] == null ? r : minutes[minute].plus(r);
            } catch (RuntimeException e) {
                throw damaged(text, i);
            }
            i = end + 1;
        }
        return minutes;
    }

    private static Rollup rollup(String text, int from, int to, Instant lastAt) {
        int comma = text.indexOf(',', from);
        if (comma < 0 || comma > to) {
            double v = Double.parseDouble(text.substring(from, to));
            return new Rollup(1, v, v, v, v, lastAt);
        }
        double[] f = new double[4];
        long count = Long.parseLong(text, from, comma, 10);
        int start = comma + 1;
        for (int k = 0; k < 4; k++) {
            int next = k < 3 ? text.indexOf(',', start) : to;
            if (next < 0 || next > to) {
                throw new IllegalArgumentException("too few numbers");
            }
            f[k] = Double.parseDouble(text.substring(start, next));
            start = next + 1;
        }
        return new Rollup(count, f[0], f[1], f[2], f[3], lastAt);
    }

    private static IllegalStateException damaged(String text, int at) {
        return new IllegalStateException("a counters_minutes row is not minute records at character " + at + ": "
                + text.substring(at, Math.min(text.length(), at + 60)));
    }
}
