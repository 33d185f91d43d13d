package org.polymetric.streamstats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** p2p if it received p2p bytes in the window, else not_compatible if it said so, else cdn; once per window. */
class DeviceClassTest {

    @Test
    void aDevicesClassInABucket() {
        assertEquals(DeviceClass.P2P, DeviceClass.of(1, false));
        assertEquals(DeviceClass.P2P, DeviceClass.of(1, true));
        assertEquals(DeviceClass.NOT_COMPATIBLE, DeviceClass.of(0, true));
        assertEquals(DeviceClass.CDN, DeviceClass.of(0, false));
    }

    @Test
    void aDeviceP2pInOneBucketAndCdnInTheNextIsP2pInAWindowOfBoth() {
        long t = 1_700_000_000_000L;
        // one beacon of 5 s with p2p bytes only in [t, t+5 s), then one with cdn bytes only
        PlaybackReport first = PlaybackReportTest.report(t + 5_000, 5_000, 0, 1_000, 5_000, 0);
        PlaybackReport second = PlaybackReportTest.report(t + 10_000, 5_000, 1_000, 0, 5_000, 0);
        PlaybackReport.BucketShare a = first.shares(Level.FIVE_SECONDS).get(0);
        PlaybackReport.BucketShare b = second.shares(Level.FIVE_SECONDS).get(0);
        DeviceClass inFirst = DeviceClass.of(a.p2pBytes(), false);
        DeviceClass inSecond = DeviceClass.of(b.p2pBytes(), false);
        assertEquals(DeviceClass.P2P, inFirst);
        assertEquals(DeviceClass.CDN, inSecond);
        assertEquals(DeviceClass.P2P, inFirst.and(inSecond));
        assertEquals(DeviceClass.P2P, inSecond.and(inFirst));
        // its whole played time of the window counts as p2p viewing, and it is one device
        ViewingTime v = ViewingTime.NONE.plus(inFirst.and(inSecond), a.playedMs() + b.playedMs());
        assertEquals(new ViewingTime(0, 10_000), v);
    }

    @Test
    void notCompatibleBeatsCdnAndViewsAsCdn() {
        assertEquals(DeviceClass.NOT_COMPATIBLE, DeviceClass.CDN.and(DeviceClass.NOT_COMPATIBLE));
        assertEquals(DeviceClass.P2P, DeviceClass.NOT_COMPATIBLE.and(DeviceClass.P2P));
        assertEquals(new ViewingTime(3_000, 0), ViewingTime.NONE.plus(DeviceClass.NOT_COMPATIBLE, 3_000));
    }
}
