package org.polymetric.streamstats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    void keysDropTheirTrailingSpacesAsTheTablesCompareThem() {
        PlaybackReport r = new PlaybackReport(7, "d-1  ", T, 10_000, "news ", "s ", "https://x ", "800 ", "1 of 4 ", 0, 0, 0, 0,
                null, null, null, null, 0, true, "wifi ", "Mac ", "Chrome ");
        assertEquals(List.of("d-1", "news", "s", "800", "1 of 4"),
                List.of(r.deviceId(), r.channelId(), r.streamId(), r.bitrate(), r.representationId()));
        // only spaces at the end: the collation pads with nothing else; the URI and the values are no keys
        assertEquals(List.of(" d-1\t", "", "https://x "), List.of(PlaybackReport.padless(" d-1\t"), PlaybackReport.padless("   "),
                r.streamUri()));
    }

    @Test
    void theSourceForAveragesIsP2pWhenItCarriesP2pBytes() {
        assertEquals(Source.P2P, report(T, 10_000, 0, 1, 0, 0).source());
        assertEquals(Source.CDN, report(T, 10_000, 5, 0, 0, 0).source());
    }

    /**
     * The rows a beacon writes in each table (before a batch merges rows of the same bucket), as
     * the README states: fewest when its interval ends on an hour, most when it ends 1 ms past a
     * midnight (it then straddles an edge at every level).
     */
    @ParameterizedTest(name = "interval {0} ms: {1} to {2} buckets over all levels")
    @CsvSource({"1, 5, 5", "1000, 5, 10", "10000, 6, 11", "60000, 16, 21", "300000, 68, 73"})
    void bucketsPerBeacon(int intervalMs, int fewest, int most) {
        long midnight = 1_699_920_000_000L;
        assertEquals(fewest, buckets(report(midnight + 12 * 3_600_000L, intervalMs, 1, 1, 1, 1)));
        assertEquals(most, buckets(report(midnight + 1, intervalMs, 1, 1, 1, 1)));
    }

    private static int buckets(PlaybackReport r) {
        int rows = 0;
        for (Level level : Level.values()) {
            rows += r.shares(level).size();
        }
        return rows;
    }
}
