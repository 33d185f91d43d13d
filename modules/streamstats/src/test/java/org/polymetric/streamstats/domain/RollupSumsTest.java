package org.polymetric.streamstats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A report's sums in a bucket: shares of its amounts, its measures once, under its source. */
class RollupSumsTest {
    private static final long T = 1_700_000_000_000L;

    @Test
    void aReportAddsItsSharesAndItsMeasuresOncePerBucket() {
        PlaybackReport r = new PlaybackReport(7, "d-1", T + 2_345, 10_000, "news", "0x1", "", "4000", "2 of 4",
                1_200_001, 3_400_003, 10_000, 251, 12_000L, 1.5, 80L, null, 2, true, "WIFI", "Mac", "Chrome");
        RollupSums sums = new RollupSums();
        for (PlaybackReport.BucketShare share : r.shares(Level.FIVE_SECONDS)) {
            sums.add(r, share);
        }
        assertEquals(1_200_001, sums.cdnBytes);
        assertEquals(3_400_003, sums.p2pBytes);
        assertEquals(3, sums.p2p.beacons);       // three 5 s buckets, one count in each
        assertEquals(0, sums.cdn.beacons);
        assertEquals(10_000, sums.p2p.playedMs);
        assertEquals(251, sums.p2p.rebufferedMs);
        assertEquals(36_000, sums.p2p.bufferHealthSum);
        assertEquals(3, sums.p2p.bufferHealthCount);
        assertEquals(4.5, sums.p2p.fillingRateSum);
        assertEquals(6, sums.p2p.droppedFrames);
        assertEquals(240, sums.responseTimeSumCdn);
        assertEquals(3, sums.responseTimeCountCdn);
        assertEquals(0, sums.responseTimeCountP2p);

        PlaybackReport cdnOnly = new PlaybackReport(7, "d-2", T, 5_000, "news", "0x1", "", "4000", "2 of 4",
                100, 0, 5_000, 0, null, null, null, 35L, 1, true, "", null, null);
        RollupSums other = new RollupSums();
        other.add(cdnOnly, cdnOnly.shares(Level.FIVE_SECONDS).get(0));
        sums.add(other);
        assertEquals(1_200_101, sums.cdnBytes);
        assertEquals(1, sums.cdn.beacons);
        assertEquals(5_000, sums.cdn.playedMs);
        assertEquals(0, sums.cdn.bufferHealthCount);
        assertEquals(1, sums.cdn.droppedFrames);
        assertEquals(35, sums.responseTimeSumP2p);
        assertEquals(1, sums.responseTimeCountP2p);
    }
}
