package org.polymetric.streamstats.store;

/**
 * A {@code streamstats_device_day} row: one device in one rendition in one UTC day. Bit h of a
 * mask, index h of {@code played}, is hour h of the day.
 */
public record DayRow(long scopeId, String deviceId, long seen, long p2p, long incompatible, long[] played, String os,
                     String platform, String connectionType) {
    public static final int HOURS = 24;
}
