package org.polymetric.counters.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.jfree.chart.axis.DateAxis;
import org.junit.jupiter.api.Test;
import org.polymetric.counters.domain.TimeRange;

/** The time axis: exactly the query's range, named in UTC to the precision it was asked in. */
class TimeAxisTest {

    private static TimeRange range(String start, String end) {
        return new TimeRange(Instant.parse(start), Instant.parse(end));
    }

    @Test
    void wholeDaysAreNamedByTheirDates() {
        assertEquals("2017-06-01 – 2017-07-01 UTC", TimeAxis.label(range("2017-06-01T00:00:00Z", "2017-07-01T00:00:00Z")));
    }

    @Test
    void wholeMinutesAreNamedToTheMinute() {
        assertEquals("2017-06-29 08:00 – 2017-06-29 09:30 UTC",
                TimeAxis.label(range("2017-06-29T08:00:00Z", "2017-06-29T09:30:00Z")));
    }

    @Test
    void aMidnightAndATimeAreBothToTheMinute() {
        assertEquals("2017-06-29 00:00 – 2017-06-29 12:00 UTC",
                TimeAxis.label(range("2017-06-29T00:00:00Z", "2017-06-29T12:00:00Z")));
    }

    @Test
    void theDefaultRangeUntilNowIsToTheSecond() {
        assertEquals("2017-06-28 14:37:12 – 2017-06-29 14:37:12 UTC", TimeAxis.label(SampleSeries.DAY));
    }

    @Test
    void theAxisRunsFromStartToEndWithoutMargins() {
        TimeRange r = range("2017-06-29T08:00:00Z", "2017-06-29T09:30:00Z");
        DateAxis axis = TimeAxis.of(r);
        assertEquals(r.start(), axis.getMinimumDate().toInstant());
        assertEquals(r.end(), axis.getMaximumDate().toInstant());
        assertEquals(0, axis.getLowerMargin());
        assertEquals(0, axis.getUpperMargin());
        assertEquals("UTC", axis.getTimeZone().getID());
        assertEquals(TimeAxis.label(r), axis.getLabel());
    }
}
