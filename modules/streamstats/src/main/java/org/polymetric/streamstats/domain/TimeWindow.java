package org.polymetric.streamstats.domain;

/**
 * The {@code time} parameter: how far back an answer looks, the spacing of its points and the
 * rollup level its points are read from.
 *
 * <p>Alignment: the window ends at the start of the point that holds "now" (a multiple of the
 * spacing since the epoch, UTC) and holds the {@link #points()} whole points before it; the point
 * still under way is left out, as its figures would be partial. So {@code live} is the last
 * complete 5 seconds and {@code 24h} is 288 five-minute points ending at the last 5-minute
 * boundary. Because beacons report at the end of their interval (up to 5 min long), the latest
 * points still grow for a while as late beacons arrive. {@code 1M} is 30 days.
 */
public enum TimeWindow {
    LIVE("live", 5_000L, 1, Level.FIVE_SECONDS),
    TEN_MINUTES("10m", 5_000L, 120, Level.FIVE_SECONDS),
    HOUR("1h", 60_000L, 60, Level.MINUTE),
    DAY("24h", 300_000L, 288, Level.FIVE_MINUTES),
    WEEK("1w", 3_600_000L, 168, Level.HOUR),
    MONTH("1M", 21_600_000L, 120, Level.HOUR);

    /** The message of the 400 answer for a missing or unknown {@code time}. */
    public static final String MESSAGE = "time must be one of live, 10m, 1h, 24h, 1w, 1M";

    private final String wire;
    private final long spacingMs;
    private final int points;
    private final Level level;

    TimeWindow(String wire, long spacingMs, int points, Level level) {
        this.wire = wire;
        this.spacingMs = spacingMs;
        this.points = points;
        this.level = level;
    }

    /** The {@code time} parameter, exactly as the seed writes it ({@code 1M} is a month, {@code 1m} is nothing). */
    public static TimeWindow parse(String text) {
        for (TimeWindow w : values()) {
            if (w.wire.equals(text)) {
                return w;
            }
        }
        throw new BadParameter(MESSAGE);
    }

    public String wire() {
        return wire;
    }

    /** The time between two points of a series. */
    public long spacingMs() {
        return spacingMs;
    }

    /** How many points a series of this window has. */
    public int points() {
        return points;
    }

    /** The rollup level a point is summed from ({@code 1M}'s 6-hour points are 6 hour buckets each). */
    public Level level() {
        return level;
    }

    public long lengthMs() {
        return spacingMs * points;
    }

    /** The series of this window as seen at {@code nowMs}. */
    public Series series(long nowMs) {
        long end = Math.floorDiv(nowMs, spacingMs) * spacingMs;
        return new Series(end - lengthMs(), spacingMs, points, level);
    }
}
