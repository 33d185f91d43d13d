package org.polymetric.streamstats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A beacon adds to its game, channel, stream and rendition; a kind tells wide rows from empty keys. */
class ScopeTest {

    @Test
    void aReportLiesInFourScopes() {
        PlaybackReport r = PlaybackReportTest.report(1_700_000_000_000L, 10_000, 1, 1, 1, 1);
        assertEquals(List.of(
                new Scope(Scope.Kind.GAME, "", "", "", ""),
                new Scope(Scope.Kind.CHANNEL, "news", "", "", ""),
                new Scope(Scope.Kind.STREAM, "news", "0x78e31cc7", "", ""),
                new Scope(Scope.Kind.RENDITION, "news", "0x78e31cc7", "4000", "2 of 4")), Scope.of(r));
    }

    @Test
    void aRenditionWithEmptyBitrateIsNotItsStream() {
        Scope stream = new Scope(Scope.Kind.STREAM, "news", "s", "", "");
        Scope rendition = new Scope(Scope.Kind.RENDITION, "news", "s", "", "");
        assertNotEquals(stream, rendition);
        assertEquals('s', stream.kind().code());
        assertEquals('r', rendition.kind().code());
    }
}
