package org.polymetric.streamstats.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polymetric.streamstats.domain.PlaybackReport;
import org.polymetric.streamstats.domain.RollupSums;

/** A batch's rollup rows: merged by game, level, bucket and scope, kept buckets only, in key order. */
class RollupWriterTest {
    /** A 5-minute edge, not an hour. */
    private static final long EDGE = 1_700_000_100_000L;

    private static PlaybackReport report(String device, long timestampMs, long cdn) {
        return new PlaybackReport(7, device, timestampMs, 5_000, "news", "s", "", "4000", "r", cdn, 0, 5_000, 0,
                null, null, null, null, 0, true, "", null, null);
    }

    @Test
    void twoRenditionsOfOneChannelShareTheWiderRowsAndLateBucketsAreLeftOut() {
        List<PlaybackReport> reports = List.of(report("a", EDGE, 10), report("b", EDGE, 20));
        List<long[]> ids = List.of(new long[]{1, 2, 3, 4}, new long[]{1, 2, 3, 5});
        List<Map.Entry<RollupWriter.Key, RollupSums>> rows = RollupWriter.merge(reports, ids, EDGE + 60_000);
        List<String> keys = new ArrayList<>();
        for (Map.Entry<RollupWriter.Key, RollupSums> row : rows) {
            RollupWriter.Key k = row.getKey();
            keys.add(k.level() + "/" + (k.bucket() - EDGE) + "/" + k.scopeId() + ":" + row.getValue().cdnBytes + "x"
                    + row.getValue().cdn.beacons);
        }
        List<String> expected = new ArrayList<>();
        long[][] levels = {{5, -5_000}, {60, -60_000}, {300, -300_000}, {3600, -900_000}, {86400, -80_100_000}};
        for (long[] level : levels) {
            expected.add(level[0] + "/" + level[1] + "/1:30x2");
            expected.add(level[0] + "/" + level[1] + "/2:30x2");
            expected.add(level[0] + "/" + level[1] + "/3:30x2");
            expected.add(level[0] + "/" + level[1] + "/4:10x1");
            expected.add(level[0] + "/" + level[1] + "/5:20x1");
        }
        assertEquals(expected, keys);
        // two hours later the 5 s bucket is no longer kept (an hour), the minute still is (6 h)
        List<Map.Entry<RollupWriter.Key, RollupSums>> late = RollupWriter.merge(reports, ids, EDGE + 2 * 3_600_000L);
        assertEquals(20, late.size());
        assertEquals(60, late.get(0).getKey().level());
    }
}
