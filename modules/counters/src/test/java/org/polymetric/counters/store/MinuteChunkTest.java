package org.polymetric.counters.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.polymetric.counters.domain.Rollup;

/** Ten minutes of a series as text: records appended by writes, merged per minute when read. */
class MinuteChunkTest {
    private static final long CHUNK = 1_764_756_000L; // 2025-12-03T10:00:00Z
    private static final Instant T = Instant.ofEpochSecond(CHUNK);

    private static String chunk(int minute, Rollup r) {
        StringBuilder out = new StringBuilder();
        MinuteChunk.append(out, minute, r, CHUNK);
        return out.toString();
    }

    @Test
    void chunksStartEveryTenMinutes() {
        assertEquals(CHUNK, MinuteChunk.floor(CHUNK + 599));
        assertEquals(CHUNK + 600, MinuteChunk.floor(CHUNK + 600));
        assertEquals(-600, MinuteChunk.floor(-1));
    }

    @Test
    void aRecordIsWrittenAsShortAsItReadsBack() {
        assertEquals("2=3748@7;", chunk(2, Rollup.of(T.plusSeconds(127), 3748)), "one sample, whole value, whole second");
        assertEquals("3=3,11220,3730,3760,3730.5@59.5;",
                chunk(3, new Rollup(3, 11220, 3730, 3760, 3730.5, T.plusMillis(239_500))));
        assertEquals("0=0.1@0.005;", chunk(0, Rollup.of(T.plusMillis(5), 0.1)));
        assertEquals("9=-0.0@59.999;", chunk(9, Rollup.of(T.plusMillis(599_999), -0.0)));
        assertEquals("1=1.0E16@0;", chunk(1, Rollup.of(T.plusSeconds(60), 1e16)), "beyond 2^53 a whole double is written as such");
        assertEquals("1=-9007199254740991@0;", chunk(1, Rollup.of(T.plusSeconds(60), -9007199254740991.0)));
    }

    @Test
    void everyFieldComesBackExactly() {
        Rollup odd = new Rollup(7, 0.1 + 0.2, -1e18, 1e18, Double.MIN_VALUE, T.plusMillis(599_999));
        Rollup one = Rollup.of(T.plusSeconds(1), -0.0);
        Rollup big = Rollup.of(T.plusMillis(301_001), 123456789.125);
        Rollup[] minutes = MinuteChunk.read(chunk(9, odd) + chunk(0, one) + chunk(5, big), CHUNK);
        assertEquals(odd, minutes[9]);
        assertEquals(one, minutes[0]);
        assertEquals(big, minutes[5]);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(minutes[0].last()));
        for (int m = 1; m < 9; m++) {
            if (m != 5) {
                assertNull(minutes[m]);
            }
        }
    }

    @Test
    void recordsOfOneMinuteMergeAsRollupsDo() {
        Rollup later = Rollup.of(T.plusSeconds(150), 5);
        Rollup earlier = new Rollup(2, 30, 10, 20, 20, T.plusSeconds(130));
        Rollup[] minutes = MinuteChunk.read(chunk(2, later) + chunk(2, earlier), CHUNK);
        assertEquals(new Rollup(3, 35, 5, 20, 5, T.plusSeconds(150)), minutes[2], "the later sample stays last");
    }

    @Test
    void recordsWrittenByMariadbAreRead() {
        // what the migration's CONCAT writes: shortest exact doubles, exponents in lower case, seconds as decimals
        Rollup[] minutes = MinuteChunk.read("5=2,3748,3e-5,1e300,0.30000000000000004@-1.0000;7=1,-0,-0,-0,-0@0.0010;", CHUNK);
        assertEquals(new Rollup(2, 3748, 3e-5, 1e300, 0.30000000000000004, T.plusSeconds(299)), minutes[5]);
        assertEquals(new Rollup(1, -0.0, -0.0, -0.0, -0.0, T.plusMillis(420_001)), minutes[7]);
    }

    @Test
    void anEmptyChunkHasNoMinutes() {
        for (Rollup r : MinuteChunk.read("", CHUNK)) {
            assertNull(r);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"5=1@", "5=1@2", "=1@2;", "5@2;", "5=@2;", "10=1@2;", "-1=1@2;", "5=x@2;", "5=2,1,1,1@2;",
            "5=2,1,1,1,1,1@2;", "5=1@2.0005;", "5=1@x;", "5=0,1,1,1,1@2;", "5=2,1,3,2,1@2;"})
    void aDamagedRowIsReportedNotMisread(String text) {
        assertThrows(IllegalStateException.class, () -> MinuteChunk.read("1=1@1;" + text, CHUNK));
    }
}
