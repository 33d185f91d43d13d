package org.polymetric.events.read;

import java.time.LocalDateTime;

/** One row of {@code events_session_hour}: counters in the order of {@link #COLUMNS}. */
public record SessionRow(String dim, String val, LocalDateTime hour, long[] counters) {
    public static final String COLUMNS = "t, n, d, e, uh, ud, uw, um, uy";
    public static final int T = 0;
    public static final int N = 1;
    public static final int D = 2;
    public static final int E = 3;
    public static final int UH = 4;
    public static final int UD = 5;
    public static final int UW = 6;
    public static final int UM = 7;
    public static final int UY = 8;

    public long get(int column) {
        return counters[column];
    }
}
