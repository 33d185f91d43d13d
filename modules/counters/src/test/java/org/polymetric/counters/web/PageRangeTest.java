package org.polymetric.counters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.polymetric.counters.domain.TimeRange;

/** A page's range: the last hour, day, week or month until now, or a custom start and end in UTC. */
class PageRangeTest {
    private static final Instant NOW = Instant.parse("2024-05-02T12:34:56.789Z");
    /** A clock in a far zone: nothing may depend on the server's zone. */
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Pacific/Kiritimati"));

    private static PageRange of(String choice, String start, String end) {
        return PageRange.of(choice, start, end, CLOCK);
    }

    @Test
    void theChoicesReadUntilTheEndOfTheCurrentSecond() {
        // 12:34:56.789 is read as the second it falls in: a sample written now counts
        Instant now = Instant.parse("2024-05-02T12:34:57Z");
        assertEquals(new TimeRange(now.minusSeconds(3600), now), of("1h", null, null).range());
        assertEquals(new TimeRange(now.minusSeconds(86_400), now), of("24h", null, null).range());
        assertEquals(new TimeRange(now.minusSeconds(7 * 86_400), now), of("7d", null, null).range());
        assertEquals(new TimeRange(now.minusSeconds(30 * 86_400), now), of("30d", null, null).range());
        assertEquals("7d", of("7d", null, null).choice());
    }

    @Test
    void nothingOrAnUnknownChoiceIsTheLast24Hours() {
        assertEquals("24h", of(null, null, null).choice());
        assertEquals("24h", of("2y", null, null).choice());
        assertNull(of("2y", null, null).problem());
    }

    @Test
    void aChoiceWinsOverStartAndEnd() {
        assertEquals("1h", of("1h", "2024-04-01", "2024-04-02").choice(), "the form sends the fields it greys out");
    }

    @Test
    void startAndEndWithoutAChoiceAreACustomRangeAsThePagesLinksSendThem() {
        PageRange r = of(null, "2024-04-01T10:00:00Z", "2024-04-01T11:00:00Z");
        assertEquals("custom", r.choice());
        assertEquals(new TimeRange(Instant.parse("2024-04-01T10:00:00Z"), Instant.parse("2024-04-01T11:00:00Z")), r.range());
        assertEquals("2024-04-01T10:00:00Z", r.start());
        assertEquals("2024-04-01T11:00:00Z", r.end());
        assertEquals("start=2024-04-01T10:00:00Z&end=2024-04-01T11:00:00Z", r.params());
        assertEquals("range=7d", of("7d", null, null).params(), "a link keeps \"until now\"");
    }

    @Test
    void theFormsFieldsAreUtcToTheMinute() {
        PageRange r = of("custom", "2024-04-01T10:00", "2024-04-01T22:30");
        assertEquals(Instant.parse("2024-04-01T22:30:00Z"), r.range().end());
        assertEquals("2024-04-01T10:00", r.startInput());
        assertEquals("2024-04-01T22:30", r.endInput());
        assertEquals("2024-04-01 10:00 – 2024-04-01 22:30 UTC", r.label());
        assertEquals(1800, r.stepSeconds());
        assertEquals("2024-05-01T12:34", of("24h", null, null).startInput());
    }

    @Test
    void aCustomRangeThatCannotBeShownFallsBackToTheLastDayWithTheReason() {
        PageRange bad = of("custom", "yesterday", null);
        assertEquals("24h", bad.choice());
        assertTrue(bad.problem().contains("start \"yesterday\""), bad.problem());
        assertTrue(of(null, "2024-04-02", "2024-04-01").problem().contains("not before"));
        assertTrue(of(null, "2022-01-01", "2024-01-01").problem().contains("400 days"));
        assertNull(of(null, "2023-04-01", "2024-05-01").problem(), "400 days and less are shown");
    }
}
