package org.polymetric.streamstats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each device once per window, in its strongest class, its played time under that class. */
class WindowDevicesTest {

    @Test
    void aDeviceP2pInOneBucketAndCdnInTheNextIsOneP2pDevice() {
        WindowDevices w = new WindowDevices();
        w.add("d-1", 5_000, 1_000, false);   // bucket 1: p2p bytes
        w.add("d-1", 5_000, 0, false);       // bucket 2: cdn only
        assertEquals(1, w.count(DeviceClass.P2P));
        assertEquals(0, w.count(DeviceClass.CDN));
        assertEquals(new ViewingTime(0, 10_000), w.viewingTime());
    }

    @Test
    void classesAndViewingTimeOfSeveralDevices() {
        WindowDevices w = new WindowDevices();
        w.add("cdn", 4_000, 0, false);
        w.add("cdn", 6_500, 0, false);
        w.add("old-tv", 3_000, 0, true);
        w.add("old-tv", 3_000, 0, false);    // said so once in the window: not compatible
        w.add("peer", 20_000, 7, false);
        w.add("peer-on-two-renditions", 1_000, 0, false);
        w.add("peer-on-two-renditions", 1_000, 9, false);
        assertEquals(1, w.count(DeviceClass.CDN));
        assertEquals(1, w.count(DeviceClass.NOT_COMPATIBLE));
        assertEquals(2, w.count(DeviceClass.P2P));
        ViewingTime v = w.viewingTime();
        assertEquals(16_500, v.cdnMs());     // cdn and not-compatible devices view as cdn
        assertEquals(22_000, v.p2pMs());
        assertEquals("0:00:38", v.totalPretty());
    }

    @Test
    void anEmptyWindow() {
        WindowDevices w = new WindowDevices();
        assertEquals(0, w.count(DeviceClass.P2P));
        assertEquals(ViewingTime.NONE, w.viewingTime());
    }
}
