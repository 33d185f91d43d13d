package org.polymetric.counters.store;

import java.math.BigDecimal;
import java.time.Instant;
import org.polymetric.counters.domain.Rollup;

/**
 * The minutes of one series in one chunk of ten ({@link #SECONDS}) as the text of a
 * {@code counters_minutes} row: one record per minute rollup a write brought, each ended by
 * {@code ;}. A write appends its records to the chunk's row, so a minute written twice has two
 * records; reading merges them.
 *
 * <pre>
 * 2=3748@7;                        minute 2 of the chunk, one sample, 3748, taken 7 s into the minute
 * 3=3,11220,3730,3760,3730@59.5;   minute 3: count, sum, min, max, last (taken 59.5 s in)
 * </pre>
 *
 * <p>Numbers are written as short as they read back exactly: whole values without a fraction,
 * others as Java writes doubles; MariaDB writes them in the same grammar, so SQL can write records
 * too (the migration from minute rows does). The time of {@code last} is in seconds from the
 * minute's start, to the millisecond. Short records matter: a write that appends to a row has the
 * database log the whole row again. Text rather than binary: a row stays readable in a SQL client,
 * and none of its characters needs quoting in a statement.
 */
final class MinuteChunk {
    /** A chunk's span: ten minutes, so that a row stays short while a five-minute write touches one. */
    static final long SECONDS = 600;
    static final int MINUTES = (int) (SECONDS / 60);
    /** Whole doubles below this are written as integers: every one of them is exact. */
    private static final double EXACT_INTEGERS = 1L << 53;

    private MinuteChunk() {
    }

    /** The start of the chunk {@code epochSecond} falls in. */
    static long floor(long epochSecond) {
        return Math.floorDiv(epochSecond, SECONDS) * SECONDS;
    }

    /** Appends the record of {@code minute} (0-9 in the chunk starting at {@code chunkAt}, epoch seconds). */
    static void append(StringBuilder out, int minute, Rollup r, long chunkAt) {
        out.append(minute).append('=');
        if (r.count() == 1) {
            number(out, r.last());
        } else {
            out.append(r.count()).append(',');
            number(out, r.sum());
            out.append(',');
            number(out, r.min());
            out.append(',');
            number(out, r.max());
            out.append(',');
            number(out, r.last());
        }
        long ms = r.lastAt().toEpochMilli() - (chunkAt + minute * 60L) * 1000;
        out.append('@');
        if (ms % 1000 == 0) {
            out.append(ms / 1000);
        } else {
            out.append(BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString());
        }
        out.append(';');
    }

    private static void number(StringBuilder out, double v) {
        if (v == Math.rint(v) && Math.abs(v) < EXACT_INTEGERS && Double.doubleToRawLongBits(v) != Double.doubleToRawLongBits(-0.0)) {
            out.append((long) v);
        } else {
            out.append(v);
        }
    }

    /**
     * The minute rollups of a row, index = minute of the chunk, null where it has none; records of
     * the same minute merged in the order written.
     *
     * @throws IllegalStateException when the text is not a chunk (the row was damaged)
     */
    static Rollup[] read(String text, long chunkAt) {
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
                long ms = plainDigits(text, at + 1, end) ? Math.multiplyExact(Long.parseLong(text, at + 1, end, 10), 1000)
                        : new BigDecimal(text.substring(at + 1, end)).movePointRight(3).longValueExact();
                Rollup r = rollup(text, equals + 1, at, Instant.ofEpochMilli((chunkAt + minute * 60L) * 1000 + ms));
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
            double v = number(text, from, to);
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
            f[k] = number(text, start, next);
            start = next + 1;
        }
        return new Rollup(count, f[0], f[1], f[2], f[3], lastAt);
    }

    /** A number of a record: most are whole counts, read without the general parser (reads decode thousands of records). */
    private static double number(String text, int from, int to) {
        return plainDigits(text, from, to) ? Long.parseLong(text, from, to, 10) : Double.parseDouble(text.substring(from, to));
    }

    /** Only digits, and few enough that a long and a double hold them exactly ({@code -0} is not one: its sign matters). */
    private static boolean plainDigits(String text, int from, int to) {
        if (to <= from || to - from > 15) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char ch = text.charAt(k);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    private static IllegalStateException damaged(String text, int at) {
        return new IllegalStateException("a counters_minutes row is not minute records at character " + at + ": "
                + text.substring(at, Math.min(text.length(), at + 60)));
    }
}
