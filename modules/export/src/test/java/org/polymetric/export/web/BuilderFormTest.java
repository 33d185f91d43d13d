package org.polymetric.export.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polymetric.export.domain.Dimension;
import org.polymetric.export.domain.ExportQuery;
import org.polymetric.export.domain.ExportRefusal;
import org.polymetric.export.domain.Interval;
import org.polymetric.export.domain.Metric;

/** The builder's fields: dates read as UTC and rounded to the interval with a note, filters split at commas, refusals naming their field. */
class BuilderFormTest {
    private static final long NOW = Instant.parse("2026-12-05T13:21:00Z").toEpochMilli();

    private static MultivaluedMap<String, String> params(String... pairs) {
        MultivaluedMap<String, String> m = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.add(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static ExportRefusal refused(String... pairs) {
        return assertThrows(ExportRefusal.class, () -> BuilderForm.of(params(pairs)).check(NOW));
    }

    @Test
    void datesAreUtcAndRoundedOutwardToTheIntervalWithANote() {
        BuilderForm.Checked c = BuilderForm.of(params("interval", "1h", "from", "2026-12-05T10:20", "to", "2026-12-05T12:05",
                "metric", "http", "metric", "sessions", "dimension", "browser.name", "dimension", "",
                "filter.country.code", " FR, DE ,,", "filter.os.name", "  ")).check(NOW);
        ExportQuery q = c.query();
        assertEquals(Instant.parse("2026-12-05T10:00:00Z").toEpochMilli(), q.fromMs());
        assertEquals(Instant.parse("2026-12-05T13:00:00Z").toEpochMilli(), q.toMs());
        assertEquals(Interval.H1, q.interval());
        assertEquals(List.of(Metric.HTTP, Metric.SESSIONS), q.metrics());
        assertEquals(List.of(Dimension.BROWSER), q.dimensions(), "a blank dimension choice is none");
        assertEquals(Map.of(Dimension.COUNTRY, List.of("FR", "DE")), q.filters(), "values trimmed, blanks and blank fields dropped");
        assertEquals(List.of("from rounded down to 2026-12-05T10:00 UTC, the start of its 1h interval",
                "to rounded up to 2026-12-05T13:00 UTC, the end of its 1h interval"), c.notes());
    }

    @Test
    void roundedDatesNeedNoNote() {
        BuilderForm.Checked c = BuilderForm.of(params("interval", "1d", "from", "2026-11-01T00:00", "to", "2026-12-01T00:00:00",
                "metric", "played")).check(NOW);
        assertTrue(c.notes().isEmpty(), c.notes().toString());
        assertEquals(30, c.query().intervals());
    }

    @Test
    void eachRefusalNamesItsField() {
        assertEquals("from", refused("interval", "1h", "to", "2026-12-05T12:00", "metric", "http").field());
        assertEquals("from", refused("interval", "1h", "from", "yesterday", "to", "2026-12-05T12:00", "metric", "http").field());
        assertEquals("from", refused("interval", "1h", "from", "+999999999-12-31T23:59", "to", "2026-12-05T12:00").field());
        assertEquals("from", refused("interval", "1h", "from", "1969-12-31T23:00", "to", "2026-12-05T12:00").field());
        assertEquals("to", refused("interval", "1h", "from", "2026-12-05T10:00", "to", "x".repeat(5000)).field());
        assertEquals("to", refused("interval", "1h", "from", "2026-12-05T10:00", "to", "2026-12-05T09:00", "metric", "http").field());
        assertEquals("to", refused("interval", "1h", "from", "2026-12-05T10:00", "to", "2026-12-06T10:00", "metric", "http").field(),
                "after the current interval");
        assertEquals("interval", refused("interval", "2h", "from", "2026-12-05T10:00", "to", "2026-12-05T12:00").field());
        assertEquals("metrics", refused("interval", "1h", "from", "2026-12-05T10:00", "to", "2026-12-05T12:00").field());
        assertEquals("metrics", refused("interval", "1h", "from", "2026-12-05T10:00", "to", "2026-12-05T12:00", "metric", "bytes").field());
        assertEquals("dimensions", refused("interval", "1h", "from", "2026-12-05T10:00", "to", "2026-12-05T12:00", "metric", "http",
                "dimension", "os.name", "dimension", "city.name", "dimension", "isp.name").field());
        assertEquals("filters", refused("interval", "1h", "from", "2026-12-05T10:00", "to", "2026-12-05T12:00", "metric", "http",
                "filter.os.name", "a,".repeat(101)).field());
        ExportRefusal limit = refused("interval", "1m", "from", "2026-12-05T00:00", "to", "2026-12-05T13:00", "metric", "http");
        assertEquals("to", limit.field());
        assertTrue(limit.getMessage().contains("at most 6 hours"), limit.getMessage());
        assertEquals("from", refused("interval", "1h", "from", "2026-11-01T00:00", "to", "2026-11-02T00:00", "metric", "http").field(),
                "an hourly export lies within the last 14 days");
    }

    @Test
    void theFormKeepsWhatWasTyped() {
        BuilderForm f = BuilderForm.of(params("interval", "5m", "from", "nonsense", "dimension", "os.name", "filter.city.name", "Paris, Lyon"));
        assertEquals("nonsense", f.from());
        assertEquals("os.name", f.dimension(0));
        assertEquals("", f.dimension(1));
        assertEquals("Paris, Lyon", f.filter(Dimension.CITY));
        assertEquals("", f.filter(Dimension.ISP));
    }

    @Test
    void theInitialFormIsTheLastDayByHour() {
        BuilderForm f = BuilderForm.initial(NOW);
        assertEquals("2026-12-04T14:00", f.from());
        assertEquals("2026-12-05T14:00", f.to());
        assertEquals(List.of(), BuilderForm.initial(NOW).check(NOW).notes());
    }

    @Test
    void theOverviewsPreparedExportIsTheLastSevenDaysByDayAndReadsBackAsTheSameForm() {
        BuilderForm f = BuilderForm.lastWeek(NOW);
        assertEquals("interval=1d&from=2026-11-29T00%3A00&to=2026-12-06T00%3A00&metric=http&metric=p2p", f.query());
        assertEquals(List.of(), f.check(NOW).notes(), "whole days: nothing rounded");
        assertEquals(f, BuilderForm.of(params("interval", "1d", "from", "2026-11-29T00:00", "to", "2026-12-06T00:00",
                "metric", "http", "metric", "p2p")));
    }

    @Test
    void aQueryStringCarriesDimensionsAndFiltersEncoded() {
        BuilderForm f = BuilderForm.of(params("interval", "1h", "dimension", "os.name", "filter.city.name", "Paris, Lyon & co"));
        assertEquals("interval=1h&dimension=os.name&filter.city.name=Paris%2C+Lyon+%26+co", f.query());
    }
}
