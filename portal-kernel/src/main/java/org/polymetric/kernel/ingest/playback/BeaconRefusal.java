package org.polymetric.kernel.ingest.playback;

/**
 * Why a request of beacons is refused with 400: the first bad beacon's {@code index} (from 0) and
 * what is wrong with it, or index -1 when the body as a whole is wrong (not JSON, not an array,
 * too many beacons). Stackless: a client can cause it at the rate it sends.
 */
public final class BeaconRefusal extends Exception {
    private final int index;

    BeaconRefusal(int index, String message) {
        super(message, null, false, false);
        this.index = index;
    }

    /** The refused beacon's position in the array, or -1 when the refusal is the whole body's. */
    public int index() {
        return index;
    }
}
