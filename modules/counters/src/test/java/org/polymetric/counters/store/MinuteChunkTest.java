package org.polymetric.counters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.polymetric.counters.domain.Rollup;

/** An hour of a series' minutes as text: records appended by writes, merged per minute when read. */
class MinuteChunkTest {
    private static final long HOUR = 1_764_756_000L; // 2025-12-03T10:00:00Z
    private static final Instant T = Instant.ofEpochSecond(HOUR);

    private static String chunk(int minute, Rollup r) {
        StringBuilder out = new StringBuilder();
        MinuteChunk.append(out, minute, r, HOUR);
        return out.toString();
    }

    @Test
    void aMinuteOfOneSampleIsWrittenShort() {
        assertEquals("12=3748.0@730500;", chunk(12, Rollup.of(T.plusMillis(730_500), 3748)));
        assertEquals("13=3,11220.0,3730.0,3760.0,3730.0@839000;",
                chunk(13, new Rollup(3, 11220, 3730, 3760, 3730, T.plusSeconds(839))));
    }

    @Test
    void everyFieldComesBackExactly() {
        Rollup odd = new Rollup(7, 0.1 + 0.2, -1e18, 1e18, Double.MIN_VALUE, T.plusMillis(3_599_999));
        Rollup one = Rollup.of(T.plusSeconds(1), -0.0);
        Rollup[] minutes = MinuteChunk.read(chunk(59, odd) + chunk(0, one), HOUR);
        assertEquals(odd, minutes[59]);
        assertEquals(one, minutes[0]);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(minutes[0].last()));
        for (int m = 1; m < 59; m++) {
            assertNull(minutes[m]);
        }
    }

    @Test
    void recordsOfOneMinuteMergeAsRollupsDo() {
        Rollup later = Rollup.of(T.plusSeconds(150), 5);
        Rollup earlier = new Rollup(2, 30, 10, 20, 20, T.plusSeconds(130));
        Rollup[] minutes = MinuteChunk.read(chunk(2, later) + chunk(2, earlier), HOUR);
        assertEquals(new Rollup(3, 35, 5, 20, 5, T.plusSeconds(150)), minutes[2], "the later sample stays last");
    }

    @Test
    void recordsWrittenByMariadbAreRead() {
        // what the migration's CONCAT writes: shortest exact doubles, no ".0", exponents in lower case
        Rollup[] minutes = MinuteChunk.read("5=2,3748,3e-5,1e300,0.30000000000000004@-1000;7=1,-0,-0,-0,-0@420000;", HOUR);
        assertEquals(new Rollup(2, 3748, 3e-5, 1e300, 0.30000000000000004, T.minusSeconds(1)), minutes[5]);
        assertEquals(new Rollup(1, -0.0, -0.0, -0.0, -0.0, T.plusSeconds(420)), minutes[7]);
    }

    @Test
    void anEmptyHourHasNoMinutes() {
        for (Rollup r : MinuteChunk.read("", HOUR)) {
            assertNull(r);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"5=1@", "5=1@2", "=1@2;", "5@2;", "5=@2;", "60=1@2;", "-1=1@2;", "5=x@2;", "5=2,1,1,1@2;",
            "5=2,1,1,1,1,1@2;", "5=1@2.5;", "5=0,1,1,1,1@2;", "5=2,1,3,2,1@2;"})
    void aDamagedRowIsReportedNotMisread(String text) {
        assertThrows(IllegalStateException.class, () -> MinuteChunk.read("1=1@1;" + text, HOUR));
    }
}
