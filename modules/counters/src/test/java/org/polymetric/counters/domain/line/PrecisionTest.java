package org.polymetric.counters.domain.line;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The write request's {@code precision}: s, ms or ns, nanoseconds by default. */
class PrecisionTest {

    @ParameterizedTest(name = "\"{0}\" is nanoseconds")
    @NullAndEmptySource
    void withoutPrecisionTimestampsAreNanoseconds(String parameter) {
        assertEquals(Optional.of(Precision.NS), Precision.of(parameter));
        assertEquals(Precision.NS, Precision.DEFAULT);
    }

    @Test
    void theThreeUnits() {
        assertEquals(Optional.of(Precision.S), Precision.of("s"));
        assertEquals(Optional.of(Precision.MS), Precision.of("ms"));
        assertEquals(Optional.of(Precision.NS), Precision.of("ns"));
    }

    @ParameterizedTest(name = "\"{0}\" is no precision")
    @ValueSource(strings = {"S", "MS", "Ns", "us", "u", "n", "m", "h", "seconds", " s", "1"})
    void anythingElseIsNoPrecision(String parameter) {
        assertEquals(Optional.empty(), Precision.of(parameter));
    }

    @Test
    void eachUnitCountsFromTheEpoch() {
        Instant t = Instant.parse("2023-11-14T22:13:20Z");
        assertEquals(Optional.of(t), Precision.S.instant(1_700_000_000L));
        assertEquals(Optional.of(t), Precision.MS.instant(1_700_000_000_000L));
        assertEquals(Optional.of(t), Precision.NS.instant(1_700_000_000_000_000_000L));
    }

    @Test
    void nanosecondsAreKept() {
        assertEquals(Optional.of(Instant.parse("2023-11-14T22:13:20.000000123Z")),
                Precision.NS.instant(1_700_000_000_000_000_123L));
        assertEquals(Optional.of(Instant.parse("1969-12-31T23:59:59.999999999Z")), Precision.NS.instant(-1));
    }

    @Test
    void secondsBeyondTheRangeOfDatesAreNoInstant() {
        assertEquals(Optional.empty(), Precision.S.instant(1_700_000_000_000_000_000L));
        assertEquals(Optional.empty(), Precision.S.instant(Long.MIN_VALUE));
    }

    @Test
    void theTokenIsTheParameter() {
        assertEquals("ms", Precision.MS.token());
        assertEquals("ns", Precision.NS.toString());
    }
}
