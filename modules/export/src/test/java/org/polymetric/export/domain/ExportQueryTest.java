package org.polymetric.export.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every rule {@link ExportQuery#of} decides, each with the field and sentence it refuses with. */
class ExportQueryTest {
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    /** 2026-12-05 12:34:56.789 UTC. */
    private static final long NOW = 1_796_474_096_789L;
    private static final long THIS_HOUR = NOW / HOUR * HOUR;

    private static ExportQuery of(Long from, Long to, String interval, List<String> metrics, Map<String, List<String>> filters,
                                  List<String> dimensions) {
        return ExportQuery.of(from, to, interval, metrics, filters, dimensions, NOW);
    }

    private static ExportQuery hour(List<String> metrics, Map<String, List<String>> filters, List<String> dimensions) {
        return of(THIS_HOUR - HOUR, THIS_HOUR, "1m", metrics, filters, dimensions);
    }

    private static void refused(String field, String message, Runnable call) {
        ExportRefusal r = assertThrows(ExportRefusal.class, call::run);
        assertEquals(message, r.getMessage());
        assertEquals(field, r.field());
    }

    @Test
    void theSeedsFirstExampleIsAQueryOfItsRangeIntervalAndMetrics() {
        ExportQuery q = hour(List.of("http", "p2p"), null, null);
        assertEquals(THIS_HOUR - HOUR, q.fromMs());
        assertEquals(THIS_HOUR, q.toMs());
        assertEquals(Interval.M1, q.interval());
        assertEquals(List.of(Metric.HTTP, Metric.P2P), q.metrics());
        assertEquals(Map.of(), q.filters());
        assertEquals(List.of(), q.dimensions());
        assertEquals(60, q.intervals());
    }

    @Test
    void dimensionsAndFiltersKeepTheOrderAskedAndRepeatedFilterValuesCountOnce() {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("os.name", List.of("iOS", "Android", "iOS"));
        filters.put("browser.name", List.of(""));
        ExportQuery q = hour(List.of("sessions", "http"), filters, List.of("session.page", "country.code"));
        assertEquals(List.of(Metric.SESSIONS, Metric.HTTP), q.metrics());
        assertEquals(List.of(Dimension.PAGE, Dimension.COUNTRY), q.dimensions());
        assertEquals(List.of(Dimension.OS, Dimension.BROWSER), new ArrayList<>(q.filters().keySet()));
        assertEquals(List.of("iOS", "Android"), q.filters().get(Dimension.OS));
        assertEquals(List.of(""), q.filters().get(Dimension.BROWSER));
    }

    @Test
    void fromIsRequiredAndNotNegative() {
        refused("from", "from is required: the start of the range, in ms since the Unix epoch",
                () -> of(null, THIS_HOUR, "1m", List.of("http"), null, null));
        refused("from", "from must be a whole number of milliseconds since the Unix epoch, not negative",
                () -> of(-MINUTE, THIS_HOUR, "1m", List.of("http"), null, null));
    }

    @Test
    void toIsRequiredAndNotNegative() {
        refused("to", "to is required: the end of the range (excluded), in ms since the Unix epoch",
                () -> of(THIS_HOUR, null, "1m", List.of("http"), null, null));
        refused("to", "to must be a whole number of milliseconds since the Unix epoch, not negative",
                () -> of(0L, -MINUTE, "1m", List.of("http"), null, null));
    }

    @Test
    void theIntervalIsRequiredAndOneOfPeer5s() {
        refused("interval", "interval is required: one of 1m, 5m, 10m, 30m, 1h, 3h, 12h, 1d, 7d, 14d",
                () -> of(THIS_HOUR - HOUR, THIS_HOUR, null, List.of("http"), null, null));
        refused("interval", "interval must be one of 1m, 5m, 10m, 30m, 1h, 3h, 12h, 1d, 7d, 14d",
                () -> of(THIS_HOUR - HOUR, THIS_HOUR, "2m", List.of("http"), null, null));
        refused("interval", "interval must be one of 1m, 5m, 10m, 30m, 1h, 3h, 12h, 1d, 7d, 14d",
                () -> of(THIS_HOUR - HOUR, THIS_HOUR, "1M", List.of("http"), null, null));
    }

    @Test
    void fromAndToAreRoundedToTheInterval() {
        refused("from", "from must be rounded to the interval: a multiple of 300000 ms for 5m",
                () -> of(THIS_HOUR - HOUR + MINUTE, THIS_HOUR, "5m", List.of("http"), null, null));
        refused("to", "to must be rounded to the interval: a multiple of 300000 ms for 5m",
                () -> of(THIS_HOUR - HOUR, THIS_HOUR - MINUTE, "5m", List.of("http"), null, null));
        refused("from", "from must be rounded to the interval: a multiple of 60000 ms for 1m",
                () -> of(THIS_HOUR - HOUR + 1, THIS_HOUR, "1m", List.of("http"), null, null));
    }

    @Test
    void sevenDayIntervalsAreAlignedToTheUnixEpoch() {
        long week = 7 * DAY;
        long start = NOW / week * week - 4 * week;
        assertEquals(4, of(start, start + 4 * week, "7d", List.of("http"), null, null).intervals());
        refused("from", "from must be rounded to the interval: a multiple of 604800000 ms for 7d",
                () -> of(start + DAY, start + 4 * week, "7d", List.of("http"), null, null));
    }

    @Test
    void toIsAfterFrom() {
        refused("to", "to must be after from", () -> of(THIS_HOUR, THIS_HOUR, "1m", List.of("http"), null, null));
        refused("to", "to must be after from", () -> of(THIS_HOUR, THIS_HOUR - HOUR, "1m", List.of("http"), null, null));
    }

    @Test
    void toDoesNotPassTheEndOfTheIntervalInProgress() {
        long end = THIS_HOUR + HOUR;
        assertEquals(2, of(THIS_HOUR - HOUR, end, "1h", List.of("http"), null, null).intervals());
        refused("to", "to must not be after the end of the current 1h interval (" + end + ")",
                () -> of(THIS_HOUR - HOUR, end + HOUR, "1h", List.of("http"), null, null));
    }

    @Test
    void metricsAreRequiredKnownAndListedOnce() {
        refused("metrics", "metrics is required: a non-empty array of http, p2p, played, rebuffered, sessions",
                () -> hour(null, null, null));
        refused("metrics", "metrics is required: a non-empty array of http, p2p, played, rebuffered, sessions",
                () -> hour(List.of(), null, null));
        refused("metrics", "unknown metric \"bytes\": the metrics are http, p2p, played, rebuffered, sessions",
                () -> hour(List.of("http", "bytes"), null, null));
        refused("metrics", "metric \"http\" is listed twice", () -> hour(List.of("http", "p2p", "http"), null, null));
    }

    @Test
    void dimensionsAreKnownListedOnceAndAtMostTwo() {
        String names = "browser.name, country.code, city.name, isp.name, os.name, session.page";
        refused("dimensions", "unknown dimension \"browser\": the dimensions are " + names,
                () -> hour(List.of("http"), null, List.of("browser")));
        refused("dimensions", "dimension \"os.name\" is listed twice",
                () -> hour(List.of("http"), null, List.of("os.name", "os.name")));
        refused("dimensions", "at most 2 dimensions at once",
                () -> hour(List.of("http"), null, List.of("country.code", "browser.name", "os.name")));
        assertEquals(List.of(), hour(List.of("http"), null, List.of()).dimensions());
    }

    @Test
    void filtersHaveKnownKeysAndOneToAHundredStringsOfAtMost2048Characters() {
        String names = "browser.name, country.code, city.name, isp.name, os.name, session.page";
        refused("filters", "unknown filter \"device\": the filters are " + names,
                () -> hour(List.of("http"), Map.of("device", List.of("tv")), null));
        refused("filters", "filter \"os.name\" must list at least one value",
                () -> hour(List.of("http"), Map.of("os.name", List.of()), null));
        Map<String, List<String>> nullValues = new HashMap<>();
        nullValues.put("os.name", null);
        refused("filters", "filter \"os.name\" must list at least one value", () -> hour(List.of("http"), nullValues, null));
        refused("filters", "the values of filter \"os.name\" must be strings",
                () -> hour(List.of("http"), Map.of("os.name", Collections.singletonList(null)), null));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add("v" + i);
        }
        refused("filters", "filter \"os.name\" lists at most 100 values", () -> hour(List.of("http"), Map.of("os.name", many), null));
        assertEquals(100, hour(List.of("http"), Map.of("os.name", many.subList(0, 100)), null).filters().get(Dimension.OS).size());
        String longest = "p".repeat(2048);
        assertEquals(List.of(longest), hour(List.of("http"), Map.of("session.page", List.of(longest)), null).filters().get(Dimension.PAGE));
        refused("filters", "a value of filter \"session.page\" is at most 2048 characters",
                () -> hour(List.of("http"), Map.of("session.page", List.of(longest + "x")), null));
    }

    @Test
    void oneAndFiveMinuteExportsCoverAtMostSixHours() {
        assertEquals(360, of(THIS_HOUR - 6 * HOUR, THIS_HOUR, "1m", List.of("http"), null, null).intervals());
        refused("to", "a 1m export covers at most 6 hours: to - from must be at most 21600000",
                () -> of(THIS_HOUR - 6 * HOUR - MINUTE, THIS_HOUR, "1m", List.of("http"), null, null));
        refused("to", "a 5m export covers at most 6 hours: to - from must be at most 21600000",
                () -> of(THIS_HOUR - 7 * HOUR, THIS_HOUR, "5m", List.of("http"), null, null));
    }

    @Test
    void oneAndFiveMinuteExportsStartWithinTheLastSevenDays() {
        long earliest = NOW - 7 * DAY;
        long first = (earliest + MINUTE - 1) / MINUTE * MINUTE;
        assertEquals(first, of(first, first + HOUR, "1m", List.of("http"), null, null).fromMs());
        refused("from", "a 1m export lies within the last 7 days: from must be at least " + first,
                () -> of(first - MINUTE, first + HOUR, "1m", List.of("http"), null, null));
        long first5 = (earliest + 5 * MINUTE - 1) / (5 * MINUTE) * (5 * MINUTE);
        refused("from", "a 5m export lies within the last 7 days: from must be at least " + first5,
                () -> of(first5 - 5 * MINUTE, first5 + HOUR, "5m", List.of("http"), null, null));
    }

    @Test
    void tenAndThirtyMinuteExportsCoverAtMostSevenDaysWithinTheLastFourteen() {
        long to = NOW / (30 * MINUTE) * (30 * MINUTE);
        assertEquals(7 * 48, of(to - 7 * DAY, to, "30m", List.of("http"), null, null).intervals());
        refused("to", "a 30m export covers at most 7 days: to - from must be at most 604800000",
                () -> of(to - 7 * DAY - 30 * MINUTE, to, "30m", List.of("http"), null, null));
        refused("to", "a 10m export covers at most 7 days: to - from must be at most 604800000",
                () -> of(to - 8 * DAY, to, "10m", List.of("http"), null, null));
        long first = (NOW - 14 * DAY + 10 * MINUTE - 1) / (10 * MINUTE) * (10 * MINUTE);
        assertEquals(first, of(first, first + DAY, "10m", List.of("http"), null, null).fromMs());
        refused("from", "a 10m export lies within the last 14 days: from must be at least " + first,
                () -> of(first - 10 * MINUTE, first + DAY, "10m", List.of("http"), null, null));
    }

    @Test
    void hourExportsStartWithinTheLastFourteenDaysOverAnyRange() {
        long first = (NOW - 14 * DAY + HOUR - 1) / HOUR * HOUR;
        assertEquals(first, of(first, THIS_HOUR, "1h", List.of("http"), null, null).fromMs());
        refused("from", "a 1h export lies within the last 14 days: from must be at least " + first,
                () -> of(first - HOUR, THIS_HOUR, "1h", List.of("http"), null, null));
        long first12 = (NOW - 14 * DAY + 12 * HOUR - 1) / (12 * HOUR) * (12 * HOUR);
        refused("from", "a 12h export lies within the last 14 days: from must be at least " + first12,
                () -> of(first12 - 12 * HOUR, NOW / (12 * HOUR) * (12 * HOUR), "12h", List.of("http"), null, null));
        refused("from", "a 3h export lies within the last 14 days: from must be at least "
                        + (NOW - 14 * DAY + 3 * HOUR - 1) / (3 * HOUR) * (3 * HOUR),
                () -> of(0L, NOW / (3 * HOUR) * (3 * HOUR), "3h", List.of("http"), null, null));
    }

    @Test
    void dayExportsAreNotLimited() {
        long today = NOW / DAY * DAY;
        assertEquals(today / DAY, of(0L, today, "1d", List.of("http"), null, null).intervals());
        long fortnight = 14 * DAY;
        assertEquals(10, of(today / fortnight * fortnight - 10 * fortnight, today / fortnight * fortnight, "14d",
                List.of("played"), null, null).intervals());
    }

    @Test
    void fieldsAreCheckedInOrderAndTheLimitsLast() {
        // a long-ago 1m range with an unknown metric names the metric first
        refused("metrics", "unknown metric \"x\": the metrics are http, p2p, played, rebuffered, sessions",
                () -> of(0L, HOUR, "1m", List.of("x"), null, null));
        refused("dimensions", "at most 2 dimensions at once",
                () -> of(0L, HOUR, "1m", List.of("http"), Map.of("nope", List.of("x")), List.of("os.name", "isp.name", "city.name")));
    }
}
