package org.polymetric.portal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalIT;

/**
 * The five metrics over beacons that straddle interval boundaries, every interval from {@code 1m}
 * to {@code 14d}, filters with dimensions, the order of rows and {@code ""} values. The expected
 * answers are worked out by {@link Expected} from the beacons (each beacon's share of an interval by
 * the spread rule, its time in it for sessions), and the first test by hand.
 */
class ExportMetricsIT extends PortalIT {
    private static final long SECOND = 1_000;
    private static final long MINUTE = 60_000;
    private static final long HOUR = 3_600_000;
    private static final List<String> ALL = List.of("http", "p2p", "played", "rebuffered", "sessions");
    private static final String[] INTERVALS = {"1m", "5m", "10m", "30m", "1h", "3h", "12h", "1d", "7d", "14d"};
    private static final long[] LENGTHS = {MINUTE, 5 * MINUTE, 10 * MINUTE, 30 * MINUTE, HOUR, 3 * HOUR, 12 * HOUR,
        24 * HOUR, 7 * 24 * HOUR, 14 * 24 * HOUR};

    /** A whole hour three hours back: the beacons lie in the two hours after it, all ended. */
    private final long base = System.currentTimeMillis() / HOUR * HOUR - 3 * HOUR;

    /**
     * By hand: a 90-second beacon from 30 s before the boundary E of a 5-minute interval (1 000
     * bytes: floor(1 000 × 30/90) = 333 before E, 667 after) and a 5-minute one from 10 s before E
     * (7 bytes: 0, 1, 2, 1, 1, 2 per minute by the spread rule).
     */
    @Test
    void sessionsAreTheAverageOfConcurrentBeaconsAndBytesAreSpread() {
        long e = base + 20 * MINUTE;
        ExportApi api = ExportApi.Posted.of(client(), "By hand", key -> List.of(
                Play.of(key, "d-1", e + 60 * SECOND).lasting(90 * SECOND).bytes(1_000, 0),
                Play.of(key, "d-2", e + 290 * SECOND).lasting(300 * SECOND).bytes(7, 0))).api();

        JsonArray perMinute = api.data(Expected.request(e - MINUTE, e + 5 * MINUTE, "1m", List.of("sessions", "http"), List.of(), Map.of()));
        assertEquals(List.of(
                row(e - MINUTE, "0.667", 333), // 30 s + 10 s of 60
                row(e, "2", 668),
                row(e + MINUTE, "1", 2),
                row(e + 2 * MINUTE, "1", 1),
                row(e + 3 * MINUTE, "1", 1),
                row(e + 4 * MINUTE, "0.833", 2)), perMinute); // 50 s of 60
        JsonArray perFive = api.data(Expected.request(e - 5 * MINUTE, e + 5 * MINUTE, "5m", List.of("sessions", "http"), List.of(), Map.of()));
        assertEquals(List.of(
                row(e - 5 * MINUTE, "0.133", 333), // 40 s of 300
                row(e, "1.167", 674)), perFive); // 60 s + 290 s of 300
    }

    private static JsonObject row(long t, String sessions, long http) {
        return Json.createObjectBuilder().add("timestamp", t).add("sessions", new BigDecimal(sessions)).add("http", http).build();
    }

    /** Beacons of several devices over two hours, values chosen to cross boundaries and to sort. */
    private List<Play> plays(String key) {
        long e = base + 10 * MINUTE;
        return List.of(
                Play.of(key, "d-1", e + 60 * SECOND).lasting(90 * SECOND).bytes(1_000, 500).times(90_000, 3_000),
                Play.of(key, "d-1", e + 150 * SECOND).lasting(90 * SECOND).bytes(2_001, 17).times(80_000, 10_000),
                Play.of(key, "d-2", e + 290 * SECOND).lasting(300 * SECOND).bytes(7, 12_345).times(250_000, 50_000)
                        .with("browser.name", "Firefox").with("country.code", "FR").with("city.name", "Paris")
                        .with("isp.name", "Orange").with("os.name", "Windows").with("session.page", "https://video.example/b"),
                Play.of(key, "d-3", base + 65 * MINUTE).bytes(600, 0).times(60_000, 0)
                        .with("country.code", "FR").with("city.name", "").with("isp.name", "").with("os.name", "Linux")
                        .with("session.page", ""),
                Play.of(key, "d-4", base + 61 * MINUTE + 7 * SECOND).lasting(45 * SECOND).bytes(12_345, 999).times(44_000, 1_000)
                        .with("browser.name", "Safari").with("isp.name", "Verizon").with("os.name", "iOS"),
                Play.of(key, "d-5", base + 60 * MINUTE + 30 * SECOND).lasting(120 * SECOND).bytes(1_234_567, 7_654_321)
                        .times(119_000, 500).with("browser.name", "Edge").with("country.code", "DE").with("city.name", "Berlin")
                        .with("isp.name", "").with("os.name", "Windows"),
                Play.of(key, "d-6", base + 100 * MINUTE).lasting(300 * SECOND).bytes(3, 3).times(1, 1)
                        .with("browser.name", "chrome"),
                Play.of(key, "d-7", base + 100 * MINUTE).lasting(33 * SECOND).bytes(10, 20).times(30, 40)
                        .with("browser.name", "Яндекс").with("country.code", ""),
                Play.of(key, "d-8", base + 101 * MINUTE).lasting(200 * SECOND).bytes(999_999, 1).times(0, 0)
                        .with("browser.name", "Chrome").with("country.code", "US").with("os.name", "Linux"));
    }

    /**
     * Every interval, with no dimension and with two, over a range aligned to it that holds all
     * the beacons; and each coarser row is the sum of the minutes inside it.
     */
    @Test
    void everyIntervalSumsTheMinutesInside() {
        ExportApi.Posted posted = ExportApi.Posted.of(client(), "Intervals", this::plays);
        List<Play> plays = posted.plays();
        ExportApi api = posted.api();
        JsonArray minutes = api.data(Expected.request(base, base + 2 * HOUR, "1m", ALL, List.of(), Map.of()));
        assertEquals(Expected.data(plays, base, base + 2 * HOUR, MINUTE, ALL), minutes);
        List<String> two = List.of("browser.name", "country.code");
        for (int i = 0; i < INTERVALS.length; i++) {
            long length = LENGTHS[i];
            long from = Math.floorDiv(base, length) * length;
            long to = Math.floorDiv(base + 2 * HOUR + length - 1, length) * length;
            JsonArray rows = api.data(Expected.request(from, to, INTERVALS[i], ALL, List.of(), Map.of()));
            assertEquals(Expected.data(plays, from, to, length, ALL), rows, INTERVALS[i]);
            assertEquals(Expected.data(plays, from, to, length, ALL, two, Map.of()),
                    api.data(Expected.request(from, to, INTERVALS[i], ALL, two, Map.of())), INTERVALS[i] + " by " + two);
            for (JsonValue v : rows) {
                JsonObject row = v.asJsonObject();
                long t = row.getJsonNumber("timestamp").longValue();
                for (String metric : List.of("http", "p2p", "played", "rebuffered")) {
                    long sum = minutes.stream().map(JsonValue::asJsonObject)
                            .filter(m -> m.getJsonNumber("timestamp").longValue() >= t && m.getJsonNumber("timestamp").longValue() < t + length)
                            .mapToLong(m -> m.getJsonNumber(metric).longValue()).sum();
                    assertEquals(sum, row.getJsonNumber(metric).longValue(), INTERVALS[i] + " " + metric + " at " + t);
                }
            }
        }
    }

    /**
     * Beacons of the last minutes: their minute buckets are still open (a bucket closes 6 minutes
     * after its end), so the export reads them from the full rows; the same answers.
     */
    @Test
    void bucketsStillOpenAreExportedAlike() {
        long now = System.currentTimeMillis();
        long end = now / MINUTE * MINUTE - MINUTE;
        ExportApi.Posted posted = ExportApi.Posted.of(client(), "Fresh", key -> List.of(
                Play.of(key, "d-1", end - 20 * SECOND).lasting(90 * SECOND).bytes(901, 9).times(90_000, 0),
                Play.of(key, "d-2", end).lasting(150 * SECOND).bytes(15, 1_500).times(100_000, 50_000)
                        .with("browser.name", "Firefox").with("country.code", "FR")));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM export_bucket WHERE game_id = ? AND tier = 0 AND closed",
                posted.game().id()), "the minute buckets are open");
        long from = end - 5 * MINUTE;
        long to = end + MINUTE;
        for (List<String> dimensions : List.of(List.<String>of(), List.of("browser.name"), List.of("country.code", "browser.name"))) {
            assertEquals(Expected.data(posted.plays(), from, to, MINUTE, ALL, dimensions, Map.of()),
                    posted.api().data(Expected.request(from, to, "1m", ALL, dimensions, Map.of())), dimensions.toString());
        }
        assertEquals(Expected.data(posted.plays(), from, to, MINUTE, ALL, List.of(), Map.of("country.code", List.of("FR"))),
                posted.api().data(Expected.request(from, to, "1m", ALL, List.of(), Map.of("country.code", List.of("FR")))));
    }

    @Test
    void filtersCombineWithDimensions() {
        ExportApi.Posted posted = ExportApi.Posted.of(client(), "Filters", this::plays);
        List<Play> plays = posted.plays();
        ExportApi api = posted.api();
        List<String> wrong = new ArrayList<>();
        check(api, plays, wrong, "a filter on a third key with two dimensions (full rows)",
                List.of("browser.name", "os.name"), Map.of("country.code", List.of("US")));
        check(api, plays, wrong, "a filter on the dimension's own key, several values",
                List.of("browser.name"), Map.of("browser.name", List.of("Chrome", "Safari")));
        check(api, plays, wrong, "values are matched exactly (case)",
                List.of("browser.name"), Map.of("browser.name", List.of("chrome")));
        check(api, plays, wrong, "a value never seen, no dimension: every interval, zeros",
                List.of(), Map.of("browser.name", List.of("Opera")));
        check(api, plays, wrong, "a value never seen, a dimension: nothing",
                List.of("browser.name"), Map.of("browser.name", List.of("Opera")));
        check(api, plays, wrong, "a value never seen beside one seen",
                List.of("os.name"), Map.of("browser.name", List.of("Opera", "Safari")));
        check(api, plays, wrong, "\"\" values as dimensions",
                List.of("city.name", "isp.name"), Map.of());
        check(api, plays, wrong, "\"\" as a filter value",
                List.of("country.code"), Map.of("session.page", List.of("")));
        check(api, plays, wrong, "two filter keys and a dimension",
                List.of("os.name"), Map.of("country.code", List.of("US", "FR"), "isp.name", List.of("", "Orange")));
        check(api, plays, wrong, "two filters naming the dimensions asked",
                List.of("browser.name", "country.code"), Map.of("browser.name", List.of("Chrome", "Edge"), "country.code", List.of("US", "DE", "")));
        check(api, plays, wrong, "every dimension's value sorts by code point (upper case, lower case, Cyrillic)",
                List.of("browser.name"), Map.of());
        assertEquals(List.of(), wrong);
    }

    private void check(ExportApi api, List<Play> plays, List<String> wrong, String what, List<String> dimensions,
                       Map<String, List<String>> filters) {
        long from = base;
        long to = base + 2 * HOUR;
        JsonArray expected = Expected.data(plays, from, to, 5 * MINUTE, ALL, dimensions, filters);
        JsonArray actual = api.data(Expected.request(from, to, "5m", ALL, dimensions, filters));
        if (!expected.equals(actual)) {
            wrong.add(what + ": expected " + expected + "\n   got " + actual);
        }
    }
}
