package org.polymetric.streamstats.domain;

/** Rebuffering ratio: rebuffered time / played time in a point; 0 when nothing was played. */
public final class RebufferingRatio {

    private RebufferingRatio() {
    }

    public static double of(long rebufferedMs, long playedMs) {
        return playedMs <= 0 ? 0.0 : (double) rebufferedMs / playedMs;
    }
}
