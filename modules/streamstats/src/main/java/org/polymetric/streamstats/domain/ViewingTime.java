package org.polymetric.streamstats.domain;

/**
 * Viewing time of a window in milliseconds of played video: cdn (cdn and not-compatible devices)
 * and p2p (p2p devices), each device's played time in the window counted under its class there.
 *
 * <p>The API writes whole seconds: each of cdn and p2p is rounded down to a second and total is
 * their sum, so the three figures of a row always agree ({@code 10 + 45 = 55}).
 */
public record ViewingTime(long cdnMs, long p2pMs) {

    public static final ViewingTime NONE = new ViewingTime(0, 0);

    /** This viewing time and a device's {@code playedMs} in a window where it was {@code deviceClass}. */
    public ViewingTime plus(DeviceClass deviceClass, long playedMs) {
        return deviceClass.viewing() == Source.P2P
                ? new ViewingTime(cdnMs, p2pMs + playedMs)
                : new ViewingTime(cdnMs + playedMs, p2pMs);
    }

    public long cdnSeconds() {
        return cdnMs / 1000;
    }

    public long p2pSeconds() {
        return p2pMs / 1000;
    }

    public long totalSeconds() {
        return cdnSeconds() + p2pSeconds();
    }

    /** {@code total_pretty_viewing_time}. */
    public String totalPretty() {
        return pretty(totalSeconds());
    }

    /** Seconds as {@code H:MM:SS}, the hours unbounded and without padding ({@code 0:00:55}, {@code 123:04:05}). */
    public static String pretty(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("a viewing time is not negative: " + seconds);
        }
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
