package org.polymetric.streamstats.domain;

/**
 * A device's breakdown values as its rows store them (upper case, {@code UNKNOWN} when not said:
 * {@link Breakdown#value}); a row keeps the latest written.
 */
public record DeviceValues(String os, String platform, String connectionType) {

    public static DeviceValues of(PlaybackReport r) {
        return new DeviceValues(Breakdown.value(r.os()), Breakdown.value(r.platform()), Breakdown.value(r.connectionType()));
    }
}
