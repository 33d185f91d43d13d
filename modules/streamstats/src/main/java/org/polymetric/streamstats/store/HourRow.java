package org.polymetric.streamstats.store;

/**
 * A {@code streamstats_device_hour} row: one device in one rendition in one hour. Index k of each
 * array is the k-th 5 minutes of the hour; bit j of a mask the j-th 5 seconds of that slot.
 */
public record HourRow(long scopeId, String deviceId, long[] seen, long[] p2p, long[] incompatible, long[] played, String os,
                      String platform, String connectionType) {
    public static final int SLOTS = 12;
}
