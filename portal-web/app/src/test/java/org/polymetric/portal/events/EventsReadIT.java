package org.polymetric.portal.events;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polymetric.portal.events.EventsFixtures.ISTANBUL;
import static org.polymetric.portal.events.EventsFixtures.assertGolden;
import static org.polymetric.portal.events.EventsFixtures.assertJson;
import static org.polymetric.portal.events.EventsFixtures.epoch;
import static org.polymetric.portal.events.EventsFixtures.metrics;
import static org.polymetric.portal.events.EventsFixtures.ok;
import static org.polymetric.portal.events.EventsFixtures.read;
import static org.polymetric.portal.events.EventsFixtures.sdk;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.Golden;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;
import org.polymetric.portal.TokenMaker;

/**
 * Countly's read API ({@code /o}, {@code /o/analytics/…}) over data written the way SDKs write it:
 * real requests to {@code /i} with explicit timestamps, into games whose buckets are cut in
 * Europe/Istanbul (UTC+3 all year). The answers are compared whole, as JSON, with what Countly
 * answers for the same data (shapes from DIALECTS.md and the seed document).
 * <ul>
 * <li>{@code trees}: two devices in March and April 2025, read with {@code period=[startMs,endMs]}:
 * every tree is fixed and kept as a golden file under {@code golden/events/}. Device A's second
 * session starts at 01:30 local on 11 March, which is still 10 March in UTC.</li>
 * <li>{@code recent}: one session per device today, yesterday, 3, 10, 40 and 45 days ago: the
 * period forms, the dashboard and its changes against the previous period, the countries.</li>
 * <li>{@code cohorts}: a device first seen yesterday that returns today, one seen only yesterday,
 * one only today: retention and total users.</li>
 * <li>{@code fresh}: one session today and nothing before: the dashboard's {@code "NA"} changes.</li>
 * <li>{@code empty}: no data at all.</li>
 * </ul>
 */
class EventsReadIT extends PortalIT {
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final String NO_APP = "App does not exist";
    private static final String METRICS_A = metrics("Android", "4.4", "SM-G900F", "1080x1920", "Vodafone", "1.0");
    private static final String METRICS_B = metrics("iOS", "17.2", "iPhone15,2", "1170x2532", "$T-Mobile", "1.1");

    static boolean seeded;
    /** The organization's owner, signed in: makes the tokens the reads use. */
    static TokenMaker owner;
    static long org;
    static long studio;
    static long trees;
    static long recent;
    static long cohorts;
    static long fresh;
    static long empty;
    static LocalDate today;
    /** When the recent, cohorts and fresh games were seeded (epoch seconds). */
    static long seededAt;
    /** {@code period} covering the trees game's data: 1 March to 30 April 2025, local. */
    static String treesPeriod;

    /** The organization owner's token and the reads made with it: a new one after 100 (tokens are rate-limited per minute). */
    static String token;
    static int reads;

    @BeforeEach
    void seedOnce() throws Exception {
        if (!seeded) {
            seed(client());
            seeded = true;
        }
    }

    /** The owner's token for one more read. */
    private String token() {
        if (token == null || ++reads > 100) {
            token = owner.token("organization", org, "viewer");
            reads = 1;
        }
        return token;
    }

    private static void seed(PortalClient c) throws Exception {
        org = Fixtures.organization(Fixtures.unique("Countly reads"));
        studio = Fixtures.studio(org, "Read studio");
        owner = new TokenMaker(new PortalClient(c.uri("/")),
                EventsFixtures.person("readowner", "organization", org, "owner"));
        trees = EventsFixtures.game(studio, "Trees", ISTANBUL);
        recent = EventsFixtures.game(studio, "Recent", ISTANBUL);
        cohorts = EventsFixtures.game(studio, "Cohorts", ISTANBUL);
        fresh = EventsFixtures.game(studio, "Fresh", ISTANBUL);
        empty = EventsFixtures.game(studio, "Empty", ISTANBUL);
        seedTrees(c, EventsFixtures.appKey(trees));
        treesPeriod = "[" + epoch(LocalDate.of(2025, 3, 1), 0, 0, ISTANBUL) * 1000 + ","
                + (epoch(LocalDate.of(2025, 5, 1), 0, 0, ISTANBUL) * 1000 - 1) + "]";

        EventsFixtures.awayFromMidnight(ISTANBUL);
        today = LocalDate.now(ISTANBUL);
        long now = System.currentTimeMillis() / 1000;
        seededAt = now;
        seedRecent(c, EventsFixtures.appKey(recent), now);
        String key = EventsFixtures.appKey(cohorts);
        LocalDate yesterday = today.minusDays(1);
        sdk(c, key, "returning", epoch(yesterday, 12, 0, ISTANBUL), "begin_session", "1", "metrics", android("Vodafone"));
        sdk(c, key, "one-day", epoch(yesterday, 13, 0, ISTANBUL), "begin_session", "1", "metrics", android("Vodafone"));
        sdk(c, key, "returning", now - 40, "begin_session", "1", "metrics", android("Vodafone"));
        sdk(c, key, "newcomer", now - 30, "begin_session", "1", "metrics", android("Vodafone"));
        sdk(c, EventsFixtures.appKey(fresh), "only", now - 45, "begin_session", "1", "metrics", ios("T-Mobile"),
                "country_code", "TR");
    }

    private static void seedTrees(PortalClient c, String key) {
        LocalDate march10 = LocalDate.of(2025, 3, 10);
        LocalDate march11 = LocalDate.of(2025, 3, 11);
        LocalDate april2 = LocalDate.of(2025, 4, 2);
        sdk(c, key, "dev-a", epoch(march10, 10, 15, ISTANBUL), "begin_session", "1", "metrics", METRICS_A, "country_code", "TR");
        sdk(c, key, "dev-a", epoch(march10, 10, 16, ISTANBUL), "session_duration", "60");
        sdk(c, key, "dev-a", epoch(march10, 10, 17, ISTANBUL), "end_session", "1", "session_duration", "30");
        sdk(c, key, "dev-a", epoch(march10, 10, 20, ISTANBUL), "events", "[{\"key\":\"level_up\",\"count\":1},"
                + "{\"key\":\"purchase\",\"count\":2,\"sum\":1.5,\"segmentation\":{\"country\":\"Turkey\",\"level\":\"5\"}}]");
        sdk(c, key, "dev-b", epoch(march10, 10, 40, ISTANBUL), "begin_session", "1", "metrics", METRICS_B, "country_code", "DE");
        sdk(c, key, "dev-b", epoch(march10, 10, 41, ISTANBUL), "events",
                "[{\"key\":\"purchase\",\"count\":1,\"sum\":0.25,\"segmentation\":{\"country\":\"Germany\"}}]");
        // 01:30 in Istanbul is 22:30 the day before in UTC: the session belongs to 11 March
        sdk(c, key, "dev-a", epoch(march11, 1, 30, ISTANBUL), "begin_session", "1", "metrics", METRICS_A, "country_code", "TR");
        sdk(c, key, "dev-b", epoch(april2, 12, 0, ISTANBUL), "begin_session", "1", "metrics", METRICS_B, "country_code", "DE");
        sdk(c, key, "dev-b", epoch(april2, 12, 5, ISTANBUL), "events",
                "[{\"key\":\"level_up\",\"count\":3,\"dur\":12.5,\"segmentation\":{\"mode\":\"hard\"}}]");
    }

    private static String android(String carrier) {
        return metrics("Android", "10", "Pixel 4", "1080x1920", carrier, "2.0");
    }

    private static String ios(String carrier) {
        return metrics("iOS", "17.2", "iPhone15,2", "1170x2532", carrier, "2.0");
    }

    /**
     * One session a device, each on its own day: today (two), yesterday (with a request without
     * session information), 3 and 10 days ago (this 30-day period), 40 and 45 days ago (the one before).
     */
    private static void seedRecent(PortalClient c, String key, long now) {
        sdk(c, key, "r1", now - 60, "begin_session", "1", "metrics", android("Vodafone"), "country_code", "TR");
        sdk(c, key, "r1", now - 55, "end_session", "1", "session_duration", "120");
        sdk(c, key, "r2", now - 50, "begin_session", "1", "metrics", ios("T-Mobile"), "country_code", "TR");
        LocalDate d = today.minusDays(1);
        sdk(c, key, "r3", epoch(d, 12, 0, ISTANBUL), "begin_session", "1", "metrics", android("Vodafone"), "country_code", "DE");
        sdk(c, key, "r3", epoch(d, 12, 1, ISTANBUL), "end_session", "1", "session_duration", "60");
        sdk(c, key, "r3", epoch(d, 12, 5, ISTANBUL), "events", "[{\"key\":\"tap\",\"count\":1}]");
        d = today.minusDays(3);
        sdk(c, key, "r4", epoch(d, 9, 0, ISTANBUL), "begin_session", "1", "metrics", android("AT&T"), "country_code", "TR");
        sdk(c, key, "r4", epoch(d, 9, 5, ISTANBUL), "end_session", "1", "session_duration", "300");
        d = today.minusDays(10);
        sdk(c, key, "r5", epoch(d, 18, 0, ISTANBUL), "begin_session", "1", "metrics", ios("T-Mobile"), "country_code", "DE");
        sdk(c, key, "r5", epoch(d, 18, 1, ISTANBUL), "end_session", "1", "session_duration", "30");
        d = today.minusDays(40);
        sdk(c, key, "r6", epoch(d, 8, 0, ISTANBUL), "begin_session", "1", "metrics", android("Vodafone"), "country_code", "TR");
        sdk(c, key, "r6", epoch(d, 8, 10, ISTANBUL), "end_session", "1", "session_duration", "600");
        d = today.minusDays(45);
        sdk(c, key, "r7", epoch(d, 20, 0, ISTANBUL), "begin_session", "1", "metrics", android("Vodafone"), "country_code", "DE");
    }

    private String o(long game, String... params) {
        return ok(client(), "/o", token(), Stream.concat(Stream.of("app_id", Long.toString(game)), Stream.of(params))
                .toArray(String[]::new));
    }

    private HttpResponse<String> oResponse(String path, long game, String... params) {
        return read(client(), path, token(), Stream.concat(Stream.of("app_id", Long.toString(game)), Stream.of(params))
                .toArray(String[]::new));
    }

    // ---- the time trees -------------------------------------------------------------------------

    /**
     * Each tree method against its golden file: {@code sessions} and {@code users} the totals (t, n,
     * u, d, e at every level, {@code w<N>} uniques, f/l/ds ranges, country codes by day: Countly answers
     * {@code locations} from the same users document), {@code device_details} os, os_versions ({@code a4:4}), resolutions and app versions
     * (and {@code app_versions} the same document, as in Countly), then carriers and devices, each
     * with its {@code meta}.
     */
    @Test
    void timeTreesAreCutInTheAppsZoneForEveryMethod() {
        String[][] methods = {
                {"sessions", "sessions.json"}, {"users", "sessions.json"}, {"locations", "sessions.json"},
                {"device_details", "device_details.json"}, {"app_versions", "device_details.json"},
                {"carriers", "carriers.json"}, {"devices", "devices.json"}};
        assertAll(java.util.Arrays.stream(methods).map(m -> () ->
                assertJson(golden(m[1]), o(trees, "method", m[0], "period", treesPeriod), "method=" + m[0] + " vs " + m[1])));
    }

    // ---- custom events --------------------------------------------------------------------------

    @Test
    void eventsReadOneEventByName() {
        assertGolden("events_purchase.json", o(trees, "method", "events", "event", "purchase", "period", treesPeriod));
        assertGolden("events_level_up.json", o(trees, "method", "events", "event", "level_up", "period", treesPeriod));
    }

    @Test
    void eventsWithoutANameReadTheFirstEventOfTheList() {
        String list = o(trees, "method", "get_events");
        String first = PortalClient.jsonOf(list).asJsonObject().getJsonArray("list").getString(0);
        assertEquals("level_up", first);
        assertGolden("events_level_up.json", o(trees, "method", "events", "period", treesPeriod));
    }

    /** Countly lists keys, segments and values in the order they were first recorded, not alphabetically. */
    @Test
    void theCatalogKeepsTheOrderEventsArrivedIn() throws Exception {
        long game = EventsFixtures.game(studio, "Order", ISTANBUL);
        String key = EventsFixtures.appKey(game);
        long at = System.currentTimeMillis() / 1000 - 60;
        sdk(client(), key, "o1", at, "events", "[{\"key\":\"zeta\",\"segmentation\":{\"tier\":\"gold\",\"area\":\"north\"}},"
                + "{\"key\":\"alpha\"}]");
        sdk(client(), key, "o1", at + 1, "events", "[{\"key\":\"zeta\",\"segmentation\":{\"tier\":\"bronze\"}},"
                + "{\"key\":\"beta\"}]");
        JsonObject catalog = PortalClient.jsonOf(o(game, "method", "get_events")).asJsonObject();
        assertEquals("[\"zeta\",\"alpha\",\"beta\"]", catalog.getJsonArray("list").toString());
        assertEquals("[\"tier\",\"area\"]", catalog.getJsonObject("segments").getJsonArray("zeta").toString());
        JsonObject zeta = PortalClient.jsonOf(o(game, "method", "events")).asJsonObject();
        assertEquals("[\"gold\",\"bronze\"]", zeta.getJsonObject("meta").getJsonArray("tier").toString(),
                "the default event is the first recorded, its values in arrival order");
    }

    @Test
    void eventsListedReadAnObjectKeyedByEvent() {
        String expected = "{\"purchase\":" + golden("events_purchase.json") + ",\"level_up\":" + golden("events_level_up.json") + "}";
        assertJson(expected, o(trees, "method", "events", "events", "[\"purchase\",\"level_up\"]", "period", treesPeriod));
        assertJson("{\"purchase\":" + golden("events_purchase.json") + "}",
                o(trees, "method", "events", "events", "[\"purchase\"]", "period", treesPeriod), "a list of one is still keyed");
    }

    @Test
    void eventsSplitBySegmentation() {
        assertGolden("events_purchase_by_country.json",
                o(trees, "method", "events", "event", "purchase", "segmentation", "country", "period", treesPeriod));
        JsonObject byLevel = PortalClient.jsonOf(o(trees, "method", "events", "event", "purchase", "segmentation", "level",
                "period", treesPeriod)).asJsonObject();
        assertJson("{\"c\":2,\"s\":1.5}", byLevel.getJsonObject("2025").getJsonObject("[CLY]5").toString(),
                "a day number as a segment value is stored as [CLY]5");
    }

    @Test
    void eventsRefuseAnEventsParameterThatIsNotAList() {
        HttpResponse<String> r = oResponse("/o", trees, "method", "events", "events", "purchase");
        assertEquals(400, r.statusCode(), r.body());
        assertJson("{\"result\":\"Invalid parameter \\\"events\\\"\"}", r.body());
    }

    @Test
    void getEventsListsKeysSegmentsAndCountlysLimits() {
        assertGolden("get_events.json", o(trees, "method", "get_events"));
    }

    @Test
    void topEventsRankThePeriodsEventsByCount() {
        assertJson("[{\"name\":\"level_up\",\"count\":4,\"sum\":0,\"duration\":12.5},"
                        + "{\"name\":\"purchase\",\"count\":3,\"sum\":1.75,\"duration\":0}]",
                o(trees, "method", "top_events", "period", treesPeriod));
    }

    // ---- periods ----------------------------------------------------------------------------------

    /** The local days a time tree has data on. */
    private static Set<LocalDate> days(String tree) {
        Set<LocalDate> out = new TreeSet<>();
        JsonObject root = PortalClient.jsonOf(tree).asJsonObject();
        for (String y : root.keySet()) {
            if (!y.matches("\\d{4}")) {
                continue;
            }
            JsonObject year = root.getJsonObject(y);
            for (String m : year.keySet()) {
                if (!m.matches("\\d{1,2}")) {
                    continue;
                }
                JsonObject month = year.getJsonObject(m);
                for (String d : month.keySet()) {
                    if (d.matches("\\d{1,2}")) {
                        out.add(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
                    }
                }
            }
        }
        return out;
    }

    private static Set<LocalDate> ago(int... days) {
        return java.util.Arrays.stream(days).mapToObj(today::minusDays).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void periodFormsPickTheirDaysInTheAppsZone() {
        Set<LocalDate> all = ago(0, 1, 3, 10, 40, 45);
        Set<LocalDate> thirty = ago(0, 1, 3, 10);
        assertEquals(ago(0), days(o(recent, "method", "sessions", "period", "hour")), "hour: today");
        assertEquals(ago(1), days(o(recent, "method", "sessions", "period", "yesterday")), "yesterday");
        assertEquals(ago(0, 1, 3), days(o(recent, "method", "sessions", "period", "7days")), "7days");
        assertEquals(thirty, days(o(recent, "method", "sessions", "period", "30days")), "30days");
        assertEquals(all, days(o(recent, "method", "sessions", "period", "60days")), "60days");
        assertEquals(all.stream().filter(d -> d.getYear() == today.getYear()).collect(Collectors.toSet()),
                days(o(recent, "method", "sessions", "period", "month")), "month: this year");
        assertEquals(all.stream().filter(d -> d.getYear() == today.getYear() && d.getMonth() == today.getMonth())
                .collect(Collectors.toSet()), days(o(recent, "method", "sessions", "period", "day")), "day: this month");
        String range = "[" + epoch(today.minusDays(45), 0, 0, ISTANBUL) * 1000 + ","
                + (epoch(today.minusDays(39), 0, 0, ISTANBUL) * 1000 - 1) + "]";
        assertEquals(ago(40, 45), days(o(recent, "method", "sessions", "period", range)), "[startMs,endMs]");
        assertEquals(thirty, days(o(recent, "method", "sessions", "period", "fortnight")), "invalid: 30 days");
        String backwards = "[" + (epoch(today.minusDays(39), 0, 0, ISTANBUL) * 1000 - 1) + ","
                + epoch(today.minusDays(45), 0, 0, ISTANBUL) * 1000 + "]";
        assertEquals(thirty, days(o(recent, "method", "sessions", "period", backwards)), "a range backwards: 30 days");
        assertEquals(thirty, days(o(recent, "method", "sessions")), "none: 30 days");
    }

    @Test
    void refreshReadsTodayOnly() {
        assertEquals(ago(0), days(o(recent, "method", "sessions", "action", "refresh")));
        assertEquals(ago(0), days(o(recent, "method", "locations", "period", "60days", "action", "refresh")));
        JsonObject year = PortalClient.jsonOf(o(recent, "method", "sessions", "period", "60days", "action", "refresh"))
                .asJsonObject().getJsonObject(Integer.toString(today.getYear()));
        assertEquals(2, year.getInt("t"), "today's two sessions: " + year);
    }

    // ---- total users, retention, live -----------------------------------------------------------

    @Test
    void totalUsersCountsDevicesLastSeenInThePeriod() {
        assertJson("[{\"_id\":\"users\",\"u\":3}]", o(cohorts, "method", "total_users"));
        assertJson("[{\"_id\":\"users\",\"u\":2}]", o(cohorts, "method", "total_users", "period", "hour"));
        assertJson("[{\"_id\":\"users\",\"u\":1}]", o(cohorts, "method", "total_users", "period", "yesterday"),
                "the returning device was last seen today");
        assertJson("[]", o(empty, "method", "total_users"));
    }

    @Test
    void retentionFollowsCohortsByFirstSeenDay() {
        String expected = """
                {"period": {"from": "%s", "to": "%s"}, "days": 30, "cohorts": [
                  {"cohort": "%s", "users": 2, "retained": [2, 1], "percent": [100, 50]},
                  {"cohort": "%s", "users": 1, "retained": [1], "percent": [100]}]}
                """.formatted(today.minusDays(29), today, today.minusDays(1), today);
        assertJson(expected, o(cohorts, "method", "retention"));
        assertJson("""
                {"period": {"from": "%s", "to": "%s"}, "days": 30, "cohorts": [
                  {"cohort": "%s", "users": 2, "retained": [2, 1], "percent": [100, 50]}]}
                """.formatted(today.minusDays(1), today.minusDays(1), today.minusDays(1)),
                o(cohorts, "method", "retention", "period", "yesterday"));
    }

    @Test
    void liveCountsTheLastFiveMinutes() throws Exception {
        long live = EventsFixtures.game(studio, "Live", ISTANBUL);
        String key = EventsFixtures.appKey(live);
        long seen = System.currentTimeMillis() / 1000 - 20;
        sdk(client(), key, "live-1", seen, "begin_session", "1", "metrics", ios("T-Mobile"));
        sdk(client(), key, "live-2", seen - 400, "begin_session", "1", "metrics", ios("T-Mobile"));
        assertJson("{\"users\":1,\"sessions\":1,\"seconds\":300}", o(live, "method", "live"));

        JsonObject graph = PortalClient.jsonOf(o(live, "method", "live_graph")).asJsonObject();
        assertEquals(10, graph.getInt("slot"));
        JsonArray data = graph.getJsonArray("data");
        assertTrue(data.size() >= 29 && data.size() <= 31, "slots of 10 s over 5 minutes: " + data.size());
        long total = 0;
        for (int i = 0; i < data.size(); i++) {
            JsonObject point = data.getJsonObject(i);
            assertEquals(Set.of("ts", "u"), point.keySet());
            if (i > 0) {
                assertEquals(10_000, point.getJsonNumber("ts").longValue() - data.getJsonObject(i - 1).getJsonNumber("ts").longValue());
            }
            long u = point.getJsonNumber("u").longValue();
            total += u;
            if (u > 0) {
                assertEquals(seen / 10 * 10 * 1000, point.getJsonNumber("ts").longValue(), "the slot of the device's request");
            }
        }
        assertEquals(1, total, graph.toString());
        assertJson("{\"users\":0,\"sessions\":0,\"seconds\":300}", o(empty, "method", "live"));
    }

    // ---- v2: dashboard and countries ------------------------------------------------------------

    private static String label(LocalDate d) {
        return LABEL.format(d);
    }

    private static String range(int days) {
        return label(today.minusDays(days - 1L)) + " - " + label(today);
    }

    private static String figure(Object total, String change, String trend) {
        return "{\"total\":" + (total instanceof String s ? "\"" + s + "\"" : total) + ",\"change\":\"" + change
                + "\",\"trend\":\"" + trend + "\"}";
    }

    /** {@code total_users}: a figure that says whether it is Countly's estimate or a count of devices. */
    private static String users(long total, String change, String trend, boolean estimate) {
        String figure = figure(total, change, trend);
        return figure.substring(0, figure.length() - 1) + ",\"is_estimate\":" + estimate + "}";
    }

    /** Bars as Countly's dashboard has them: name, value, percent, given in threes. */
    private static String top(Object... nameValuePercent) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i + 2 < nameValuePercent.length; i += 3) {
            out.append(i == 0 ? "" : ",").append("{\"name\":\"").append(nameValuePercent[i]).append("\",\"value\":")
                    .append(nameValuePercent[i + 1]).append(",\"percent\":").append(nameValuePercent[i + 2]).append('}');
        }
        return out.append(']').toString();
    }

    /**
     * Today's {@code top.users} bars for sessions begun at these instants: by local hour
     * ({@code "13:00"}), most sessions first (earlier hours first among equals), each a one-decimal
     * share of all the sessions, the biggest taking what the shares leave under 100. Worked out
     * from the instants because two sessions a few seconds apart may fall on either side of an hour.
     */
    private static String hourBars(long... sessionsAt) {
        java.util.TreeMap<Integer, Integer> byHour = new java.util.TreeMap<>();
        for (long at : sessionsAt) {
            byHour.merge(java.time.Instant.ofEpochSecond(at).atZone(ISTANBUL).getHour(), 1, Integer::sum);
        }
        List<java.util.Map.Entry<Integer, Integer>> hours = byHour.entrySet().stream()
                .sorted(java.util.Map.Entry.<Integer, Integer>comparingByValue().reversed()).toList();
        List<Object> bars = new java.util.ArrayList<>();
        java.math.BigDecimal given = java.math.BigDecimal.ZERO;
        for (java.util.Map.Entry<Integer, Integer> h : hours) {
            java.math.BigDecimal share = java.math.BigDecimal.valueOf(h.getValue() * 100L)
                    .divide(java.math.BigDecimal.valueOf(sessionsAt.length), 1, java.math.RoundingMode.HALF_UP);
            given = given.add(share);
            bars.addAll(List.of(String.format(Locale.ROOT, "%02d:00", h.getKey()), h.getValue(), share));
        }
        bars.set(2, ((java.math.BigDecimal) bars.get(2)).add(java.math.BigDecimal.valueOf(100).subtract(given)));
        return top(bars.subList(0, Math.min(9, bars.size())).toArray());
    }

    private static String block(String[] figures, String platforms, String resolutions, String carriers, String users,
                                String period) {
        return "{\"dashboard\":{\"total_sessions\":" + figures[0] + ",\"total_users\":" + figures[1] + ",\"new_users\":"
                + figures[2] + ",\"total_time\":" + figures[3] + ",\"avg_time\":" + figures[4] + ",\"avg_requests\":"
                + figures[5] + "},\"top\":{\"platforms\":" + platforms + ",\"resolutions\":" + resolutions + ",\"carriers\":"
                + carriers + ",\"users\":" + users + "},\"period\":\"" + period + "\"}";
    }

    /**
     * A golden file of the seed's shape whose values were worked out by hand from {@link #seedRecent}
     * (see the comments there and in the file's test); {@code @today} and {@code @today-N} stand for
     * the dashboard's day labels, which move with the day the test runs, and {@code "@users-today"}
     * today's bars by hour of r1's and r2's sessions ({@link #hourBars}).
     */
    private static String goldenOfRecent(String file) {
        String text = golden(file).replace("\"@users-today\"", hourBars(seededAt - 60, seededAt - 50));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("@today(?:-(\\d+))?").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, label(today.minusDays(m.group(1) == null ? 0 : Long.parseLong(m.group(1)))));
        }
        return m.appendTail(out).toString();
    }

    /**
     * Against {@code dashboard_recent.json}. By hand: 30 days hold r1, r2 (today), r3 (yesterday),
     * r4 (3 days ago), r5 (10 days ago): 5 sessions of new devices against 2 (r6, r7) in the 30 days
     * before, +150 %; users are the 5 devices last seen in the period (a count, so not an
     * estimate) against the estimate of 2; time 120+60+300+30 s = 8.5 min against 600 s, -15 %;
     * 1.7 min a session against 5, -66 %; {@code avg_requests} is Countly's {@code e} per user
     * (e: every request of r1-r5, 2+1+3+2+2 = 10) over 5 users = 2.0 against r6's 2 and r7's 1 over
     * 2 = 1.5, +33.3 %; 3 of 5 sessions on Android, 60.0 % (one decimal, as Countly's bars), AT&T
     * HTML-escaped as Countly answers it; the busiest days by sessions (Countly's {@code getBars}
     * of the users document ranks by its first metric, {@code t}), each a one-decimal share of all
     * the period's sessions, equal days earliest first: today 2 of 5 = 40 %, then r5's and r4's
     * days 20 % each (r3's day, also 20 %, is the fourth). Seven days drop r5: 4 sessions against r5's 1, 8.0 min against 0.5, 8 requests over 4
     * users = 2.0 against r5's 2 (0.0 %). Today: r1 and r2 (3 requests, 1.5 a user) against r3
     * yesterday (3), -50 %.
     */
    @Test
    void dashboardComparesEachPeriodWithTheOneBefore() {
        assertJson(goldenOfRecent("dashboard_recent.json"),
                ok(client(), "/o/analytics/dashboard", token(), "app_id", Long.toString(recent)));
    }

    @Test
    void dashboardChangeIsNaWithoutAPreviousPeriod() {
        String[] figures = {figure(1, "NA", "u"), users(1, "NA", "u", false), figure(1, "NA", "u"),
                figure("0.0 min", "NA", "u"), figure("0.0 min", "NA", "u"), figure("1.0", "NA", "u")};
        String platforms = top("iOS", 1, 100);
        String resolutions = top("1170x2532", 1, 100);
        String carriers = top("T-Mobile", 1, 100);
        String users = top(label(today), 1, 100);
        assertJson("{\"30days\":" + block(figures, platforms, resolutions, carriers, users, range(30))
                        + ",\"7days\":" + block(figures, platforms, resolutions, carriers, users, range(7))
                        + ",\"today\":" + block(figures, platforms, resolutions, carriers, hourBars(seededAt - 45),
                        label(today)) + "}",
                ok(client(), "/o/analytics/dashboard", token(), "app_id", Long.toString(fresh)));
    }

    @Test
    void countriesRankTheTopCountriesByNewUsers() {
        // by hand: TR is r1, r2 (today) and r4 (3 days ago), DE r3 (yesterday) and r5 (10 days ago)
        assertGolden("countries_recent.json", ok(client(), "/o/analytics/countries", token(), "app_id", Long.toString(recent)));
        String one = "[{\"country\":\"Turkey\",\"code\":\"tr\",\"t\":1,\"u\":1,\"n\":1}]";
        assertJson("{\"30days\":" + one + ",\"7days\":" + one + ",\"today\":" + one + "}",
                ok(client(), "/o/analytics/countries", token(), "app_id", Long.toString(fresh)));
    }

    @Test
    void countriesKeepTheTenWithTheMostNewUsers() throws Exception {
        long world = EventsFixtures.game(studio, "World", ISTANBUL);
        String key = EventsFixtures.appKey(world);
        EventsFixtures.awayFromMidnight(ISTANBUL);
        long now = System.currentTimeMillis() / 1000;
        List<String> countries = List.of("TR", "TR", "TR", "DE", "DE", "FR", "IT", "ES", "NL", "BE", "PL", "SE", "NO", "FI");
        for (int i = 0; i < countries.size(); i++) {
            sdk(client(), key, "world-" + i, now - 100 + i, "begin_session", "1", "country_code", countries.get(i));
        }
        JsonArray today = PortalClient.jsonOf(ok(client(), "/o/analytics/countries", token(), "app_id", Long.toString(world)))
                .asJsonObject().getJsonArray("today");
        assertEquals(10, today.size(), today.toString());
        assertJson("{\"country\":\"Turkey\",\"code\":\"tr\",\"t\":3,\"u\":3,\"n\":3}", today.get(0).toString());
        assertJson("{\"country\":\"Germany\",\"code\":\"de\",\"t\":2,\"u\":2,\"n\":2}", today.get(1).toString());
        Set<String> rest = new TreeSet<>();
        for (int i = 2; i < 10; i++) {
            JsonObject c = today.getJsonObject(i);
            assertEquals(1, c.getInt("n"), c.toString());
            rest.add(c.getString("code"));
        }
        assertTrue(Set.of("fr", "it", "es", "nl", "be", "pl", "se", "no", "fi").containsAll(rest), rest.toString());
    }

    /** {@code /o/analytics/<path>} for the trees game over its two months. */
    private String analytics(String path, String... params) {
        return ok(client(), "/o/analytics/" + path, token(), Stream.concat(
                Stream.of("app_id", Long.toString(trees), "period", treesPeriod), Stream.of(params)).toArray(String[]::new));
    }

    @Test
    void analyticsSessionsListEveryDayOfThePeriodWithZeros() {
        JsonArray days = PortalClient.jsonOf(analytics("sessions")).asJsonArray();
        assertEquals(61, days.size(), "1 March to 30 April");
        assertJson("{\"_id\":\"2025-3-1\",\"t\":0,\"n\":0,\"u\":0,\"d\":0,\"e\":0}", days.get(0).toString());
        assertJson("{\"_id\":\"2025-3-10\",\"t\":2,\"n\":2,\"u\":2,\"d\":90,\"e\":6}", days.get(9).toString());
        assertJson("{\"_id\":\"2025-3-11\",\"t\":1,\"n\":0,\"u\":1,\"d\":0,\"e\":1}", days.get(10).toString(),
                "01:30 in Istanbul on 11 March is that day's");
        assertJson("{\"_id\":\"2025-4-2\",\"t\":1,\"n\":0,\"u\":1,\"d\":0,\"e\":2}", days.get(32).toString());
        assertEquals("2025-4-30", days.getJsonObject(60).getString("_id"));
        assertEquals(4, days.stream().mapToInt(d -> d.asJsonObject().getInt("t")).sum());
        // today by hour, up to the current one
        JsonArray hours = PortalClient.jsonOf(ok(client(), "/o/analytics/sessions", token(), "app_id", Long.toString(recent),
                "period", "hour")).asJsonArray();
        int hour = java.time.LocalTime.now(ISTANBUL).getHour();
        assertEquals(hour + 1, hours.size());
        assertEquals(today.getYear() + "-" + today.getMonthValue() + "-" + today.getDayOfMonth() + " 0:00",
                hours.getJsonObject(0).getString("_id"));
        assertEquals(2, hours.stream().mapToInt(h -> h.asJsonObject().getInt("t")).sum(), "today's two sessions");
    }

    @Test
    void analyticsMetricListsAFamilysValuesMostUsersFirst() {
        // DE was active in March and April: a user in each month, as Countly counts over whole months
        assertJson("""
                [{"_id":"DE","t":2,"n":1,"u":2},{"_id":"TR","t":2,"n":1,"u":1}]
                """, analytics("metric", "metric", "countries"));
        String os = """
                [{"_id":"iOS","t":2,"n":1,"u":2},{"_id":"Android","t":2,"n":1,"u":1}]
                """;
        assertJson(os, analytics("metric", "metric", "os"));
        assertJson(os, analytics("metric", "metric", "platforms"));
        assertJson("""
                [{"_id":"i17:2","t":2,"n":1,"u":2},{"_id":"a4:4","t":2,"n":1,"u":1}]
                """, analytics("metric", "metric", "os_versions"));
        assertJson("[]", analytics("metric", "metric", "nonsense"));
        HttpResponse<String> r = oResponse("/o/analytics/metric", trees);
        assertEquals(400, r.statusCode(), r.body());
        assertJson("{\"result\":\"Must provide metric\"}", r.body());
    }

    @Test
    void analyticsTopsRankTheThreeBiggestOfEachFamily() {
        assertJson("""
                {"platforms":[{"name":"Android","value":2,"percent":50},{"name":"iOS","value":2,"percent":50}],
                 "resolutions":[{"name":"1080x1920","value":2,"percent":50},{"name":"1170x2532","value":2,"percent":50}],
                 "carriers":[{"name":"T-Mobile","value":2,"percent":50},{"name":"Vodafone","value":2,"percent":50}],
                 "countries":[{"name":"DE","value":2,"percent":50},{"name":"TR","value":2,"percent":50}]}
                """, analytics("tops"));
    }

    @Test
    void analyticsRangesShareTheSessionsByBucket() {
        assertJson("""
                [{"l":"0","t":2,"percent":"50.0"},{"l":"1","t":2,"percent":"50.0"}]
                """, analytics("loyalty"));
        assertJson("""
                [{"f":"0","t":2,"percent":"50.0"},{"f":"1","t":1,"percent":"25.0"},{"f":"10","t":1,"percent":"25.0"}]
                """, analytics("frequency"));
        // dev-b's first session, never ended, counts its range (0-10 s) when its next one begins
        assertJson("[{\"ds\":\"0\",\"t\":1,\"percent\":\"50.0\"},{\"ds\":\"3\",\"t\":1,\"percent\":\"50.0\"}]",
                analytics("durations"));
    }

    @Test
    void analyticsEventsGiveASeriesOrTheValuesOfASegment() {
        JsonArray purchase = PortalClient.jsonOf(analytics("events", "event", "purchase")).asJsonArray();
        assertEquals(61, purchase.size());
        assertJson("{\"_id\":\"2025-3-10\",\"c\":3,\"s\":1.75,\"dur\":0}", purchase.get(9).toString());
        assertJson("""
                [{"_id":"Turkey","c":2,"s":1.5,"dur":0},{"_id":"Germany","c":1,"s":0.25,"dur":0}]
                """, analytics("events", "event", "purchase", "segmentation", "country"));
        JsonObject both = PortalClient.jsonOf(analytics("events", "events", "[\"purchase\",\"level_up\"]")).asJsonObject();
        assertEquals(Set.of("purchase", "level_up"), both.keySet());
        assertJson("{\"_id\":\"2025-4-2\",\"c\":3,\"s\":0,\"dur\":12.5}", both.getJsonArray("level_up").get(32).toString());
        // neither event nor events: every event's totals over the period, most counted first
        assertJson("""
                {"all": [{"_id":"level_up","c":4,"s":0,"dur":12.5},{"_id":"purchase","c":3,"s":1.75,"dur":0}]}
                """, analytics("events"));
        HttpResponse<String> r = oResponse("/o/analytics/events", trees, "events", "[broken");
        assertEquals(400, r.statusCode(), r.body());
        assertJson("{\"result\":\"Must provide valid array with event keys as events param.\"}", r.body());
    }

    @Test
    void analyticsRefusesAPathCountlyDoesNotHave() {
        HttpResponse<String> r = oResponse("/o/analytics/other", recent);
        assertEquals(400, r.statusCode(), r.body());
        assertJson("{\"result\":\"Invalid path, must be one of /dashboard or /countries\"}", r.body());
    }

    // ---- refusals, JSONP, no data ---------------------------------------------------------------

    @Test
    void anUnknownOrMissingMethodIsInvalid() {
        for (String[] params : new String[][]{{"method", "nonsense"}, {"method", ""}, {}}) {
            HttpResponse<String> r = oResponse("/o", trees, params);
            assertEquals(400, r.statusCode(), r.body());
            assertJson("{\"result\":\"Invalid method\"}", r.body());
        }
    }

    @Test
    void readsNeedAnAppId() {
        HttpResponse<String> r = read(client(), "/o", token(), "method", "sessions");
        assertEquals(400, r.statusCode(), r.body());
        assertJson("{\"result\":\"Missing parameter \\\"app_id\\\"\"}", r.body());
        r = read(client(), "/o", null, "method", "sessions", "app_id", Long.toString(trees));
        assertEquals(400, r.statusCode(), r.body());
        assertJson("{\"result\":\"Missing parameter \\\"api_key\\\" or \\\"auth_token\\\"\"}", r.body());
        // neither: Countly asks for the app_id first
        r = read(client(), "/o", null, "method", "sessions");
        assertEquals(400, r.statusCode(), r.body());
        assertJson("{\"result\":\"Missing parameter \\\"app_id\\\"\"}", r.body());
    }

    @Test
    void callbackWrapsATokenCallersAnswerAsJsonpButNeverAnError() {
        HttpResponse<String> r = oResponse("/o", trees, "method", "sessions", "period", treesPeriod, "callback", "cb");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/javascript"),
                r.headers().map().toString());
        assertTrue(r.body().startsWith("cb(") && r.body().endsWith(")"), r.body());
        assertGolden("sessions.json", r.body().substring(3, r.body().length() - 1));

        r = oResponse("/o", trees, "method", "nonsense", "callback", "cb");
        assertEquals(400, r.statusCode());
        assertEquals("{\"result\":\"Invalid method\"}", r.body(), "an error is JSON, never script");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().map().toString());

        r = oResponse("/o/analytics/countries", fresh, "callback", "cb");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().startsWith("cb({\"30days\":"), r.body());

        r = oResponse("/o", trees, "method", "get_events", "callback", "alert(1);x");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().startsWith("{"), "a callback that is not a name is ignored: " + r.body());
    }

    @Test
    void readsAllowAnyOriginAsCountlyDoes() throws Exception {
        HttpResponse<String> r = oResponse("/o", trees, "method", "get_events");
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), r.headers().map().toString());
        HttpResponse<String> preflight = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                        .newBuilder(client().uri("/o")).method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, preflight.statusCode(), preflight.body());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals("countly-token, Content-Type", preflight.headers().firstValue("Access-Control-Allow-Headers").orElse(null));
    }

    @Test
    void anAppWithoutDataAnswersAnEmptyObject() {
        for (String method : new String[]{"sessions", "users", "locations", "device_details", "app_versions", "carriers",
                "devices", "events"}) {
            assertEquals("{}", o(empty, "method", method), method);
        }
        assertEquals("{}", o(trees, "method", "sessions", "period", "hour"), "a period without data");
    }

    /** Countly answers an app of another organization as one that does not exist: ids cannot be probed. */
    @Test
    void anAppOfAnotherOrganizationOrThatDoesNotExistIsRefusedWithoutDataInCountlysWords() {
        long otherOrg = Fixtures.organization(Fixtures.unique("Elsewhere"));
        long elsewhere = EventsFixtures.game(Fixtures.studio(otherOrg, "Elsewhere studio"), "Elsewhere", ISTANBUL);
        HttpResponse<String> r = oResponse("/o", elsewhere, "method", "sessions");
        assertEquals(401, r.statusCode(), r.body());
        assertJson("{\"result\":\"" + NO_APP + "\"}", r.body());
        r = oResponse("/o", 987_654_321L, "method", "sessions");
        assertEquals(401, r.statusCode(), r.body());
        assertJson("{\"result\":\"" + NO_APP + "\"}", r.body());
        r = read(client(), "/o", token(), "app_id", "abc", "method", "sessions");
        assertEquals(401, r.statusCode(), r.body());
        assertJson("{\"result\":\"" + NO_APP + "\"}", r.body());
    }

    private static String golden(String file) {
        return Golden.load("events/" + file).toString();
    }
}
