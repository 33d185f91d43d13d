package org.polymetric.events.domain;

import java.util.List;

/**
 * Countly's bucket families, stored by index as Countly does ({@code meta.f-ranges} etc. list
 * the indexes seen): session duration ({@code ds}), frequency ({@code f}, time since the
 * previous session) and loyalty ({@code l}, the device's session count).
 */
public final class Ranges {
    public static final List<String> DURATION = List.of("0-10", "11-30", "31-60", "61-180", "181-600", "601-1800",
            "1801-3600", "3601+");
    public static final List<String> FREQUENCY = List.of("First session", "1-24 hours", "1 day", "2 days", "3 days",
            "4 days", "5 days", "6 days", "7 days", "8-14 days", "15-30 days", "30+ days");
    public static final List<String> LOYALTY = List.of("1", "2", "3-5", "6-9", "10-19", "20-49", "50-99", "100-499", "> 500");

    private Ranges() {
    }

    /** Index of a session length in seconds. */
    public static int duration(long seconds) {
        long[] upper = {10, 30, 60, 180, 600, 1800, 3600};
        for (int i = 0; i < upper.length; i++) {
            if (seconds <= upper[i]) {
                return i;
            }
        }
        return 7;
    }

    /** Index of the time since the previous session began ({@code null}: this is the first). */
    public static int frequency(Long secondsSincePrevious) {
        if (secondsSincePrevious == null) {
            return 0;
        }
        long hours = secondsSincePrevious / 3600;
        if (hours < 24) {
            return 1;
        }
        long days = hours / 24;
        if (days <= 7) {
            return (int) days + 1;
        }
        return days <= 14 ? 9 : days <= 30 ? 10 : 11;
    }

    /** Index of a device's session count (1 for its first session). */
    public static int loyalty(long sessions) {
        long[] upper = {1, 2, 5, 9, 19, 49, 99, 499};
        for (int i = 0; i < upper.length; i++) {
            if (sessions <= upper[i]) {
                return i;
            }
        }
        return 8;
    }
}
