package org.polymetric.streamstats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A beacon's shares per bucket at every level add up to the beacon's own figures. */
class PlaybackReportTest {

    private static final long T = 1_700_000_000_000L;

    static PlaybackReport report(long timestampMs, int intervalMs, long cdn, long p2p, long played, long rebuffered) {
        return new PlaybackReport(7, "d-1", timestampMs, intervalMs, "news", "0x78e31cc7", "https://cdn.example/news.m3u8",
                "4000", "2 of 4", cdn, p2p, played, rebuffered, 12_000L, 1.4, 80L, 35L, 2, true, "WIFI", "Mac", "Chrome");
    }

    @Test
    void sharesAddUpAtEveryLevel() {
        PlaybackReport r = report(T + 2_345, 10_000, 1_200_001, 3_400_003, 10_000, 251);
        for (Level level : Level.values()) {
            List<PlaybackReport.BucketShare> shares = r.shares(level);
            assertEquals(1_200_001, shares.stream().mapToLong(PlaybackReport.BucketShare::cdnBytes).sum(), level.name());
            assertEquals(3_400_003, shares.stream().mapToLong(PlaybackReport.BucketShare::p2pBytes).sum(), level.name());
            assertEquals(10_000, shares.stream().mapToLong(PlaybackReport.BucketShare::playedMs).sum(), level.name());
            assertEquals(251, shares.stream().mapToLong(PlaybackReport.BucketShare::rebufferedMs).sum(), level.name());
        }
        assertEquals(3, r.shares(Level.FIVE_SECONDS).size());  // [T-7.655 s, T+2.345 s) touches 3 buckets
        assertEquals(1, r.shares(Level.MINUTE).size());        // T is 20 s into a minute: all of it in that minute
        assertEquals(2, report(T - 15_000, 10_000, 1, 1, 1, 1).shares(Level.MINUTE).size()); // [T-25 s, T-15 s) straddles one
    }

    @Test
    void theSourceForAveragesIsP2pWhenItCarriesP2pBytes() {
        assertEquals(Source.P2P, report(T, 10_000, 0, 1, 0, 0).source());
        assertEquals(Source.CDN, report(T, 10_000, 5, 0, 0, 0).source());
    }
}
