package org.polymetric.streamstats.domain;

/**
 * What a device was in a window: {@code p2p} if it received p2p bytes in it, else
 * {@code not_compatible} if it reported {@code p2p_compatible: false} in it, else {@code cdn}.
 * A device counts once per window, so its class in a window is the strongest of its classes in
 * the buckets that make the window ({@link #and}): p2p over not_compatible over cdn.
 */
public enum DeviceClass {
    CDN, NOT_COMPATIBLE, P2P;

    /** A device's class from what it did in a window: its p2p bytes there and whether it said it cannot do p2p. */
    public static DeviceClass of(long p2pBytes, boolean reportedIncompatible) {
        if (p2pBytes > 0) {
            return P2P;
        }
        return reportedIncompatible ? NOT_COMPATIBLE : CDN;
    }

    /** The class of a device that was this in one part of a window and {@code other} in another. */
    public DeviceClass and(DeviceClass other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** Whose viewing time this class's played time counts as: not-compatible devices view over the CDN. */
    public Source viewing() {
        return this == P2P ? Source.P2P : Source.CDN;
    }
}
