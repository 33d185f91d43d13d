package org.polymetric.streamstats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** source, breakdown values, means and the rebuffering ratio. */
class ParametersTest {

    @Test
    void sourceIsCdnOrP2p() {
        assertEquals(Source.CDN, Source.parse("cdn"));
        assertEquals(Source.P2P, Source.parse("p2p"));
        assertEquals("p2p", Source.P2P.wire());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "CDN", "P2P", "both", " cdn", "p2p\n"})
    void anyOtherSourceIs400(String source) {
        BadParameter e = assertThrows(BadParameter.class, () -> Source.parse(source));
        assertEquals("source must be cdn or p2p", e.getMessage());
    }

    @Test
    void breakdownValuesAreUpperCase() {
        assertEquals("MAC", Breakdown.value("Mac"));
        assertEquals("WIFI", Breakdown.value(" wifi "));
        assertEquals("I", Breakdown.value("i"));   // ROOT locale: no Turkish dotted İ
        assertEquals("UNKNOWN", Breakdown.value(null));
        assertEquals("UNKNOWN", Breakdown.value("  "));
        assertEquals("operating_systems", Breakdown.OS.field());
    }

    @Test
    void meansAreSumsOverCounts() {
        assertNull(Mean.NONE.value());
        assertEquals(1.5, new Mean(1, 1).plus(new Mean(2, 1)).value());
    }

    @Test
    void rebufferingRatioIsRebufferedOverPlayed() {
        assertEquals(0.1, RebufferingRatio.of(1_000, 10_000));
        assertEquals(0.0, RebufferingRatio.of(0, 0));
        assertEquals(0.0, RebufferingRatio.of(5, 0));
    }
}
