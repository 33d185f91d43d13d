package org.polymetric.portal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polymetric.portal.events.EventsFixtures.ISTANBUL;
import static org.polymetric.portal.events.EventsFixtures.assertJson;
import static org.polymetric.portal.events.EventsFixtures.ok;
import static org.polymetric.portal.events.EventsFixtures.sdk;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;
import org.polymetric.portal.TokenMaker;

/**
 * Details of Countly's read answers that dashboards and scripts notice, checked the way Countly's
 * own server tests check them ({@code test/3.api.write/*}: write with the SDK's requests, then read
 * {@code /o} and {@code /o/analytics} and compare): each test writes into a new app of its own.
 * Facts from Countly's server: {@code fetch.js}, {@code countly.common.js} ({@code getDashboardData},
 * {@code extractBarData}), {@code countly.model.js} ({@code getBars}), {@code common.js}
 * ({@code returnOutput} with {@code escape_html_entities}), and its tests' expected {@code meta}.
 */
class EventsCountlyReadIT extends PortalIT {
    static long studio;
    static long org;
    static TokenMaker owner;
    /** One viewer token for every read here (well under the tokens' per-minute limit). */
    static String token;

    @BeforeEach
    void anOrganization() {
        if (owner == null) {
            org = Fixtures.organization(Fixtures.unique("Countly read details"));
            studio = Fixtures.studio(org, "Details studio");
            owner = new TokenMaker(client(), EventsFixtures.person("detailsowner", "organization", org, "viewer"));
            token = owner.token("organization", org, "viewer");
        }
    }

    private static long newApp(String title) {
        return EventsFixtures.game(studio, Fixtures.unique(title), ISTANBUL);
    }

    private String read(String path, long app, String... params) {
        return ok(client(), path, token,
                Stream.concat(Stream.of("app_id", Long.toString(app)), Stream.of(params)).toArray(String[]::new));
    }

    private static JsonObject json(String text) {
        return PortalClient.jsonOf(text).asJsonObject();
    }

    /**
     * Countly's users document lists in {@code meta} the countries, the frequency ranges and, once
     * a session ended, the duration ranges; no loyalty ranges ({@code 2.write.app.sessions.js}
     * expects exactly these). Its weeks hold the uniques, {@code f}, {@code ds} and each country's
     * uniques. A metric document's {@code meta} names only the metrics it has seen.
     */
    @Test
    void metaListsExactlyWhatCountlysDocumentsList() throws Exception {
        long app = newApp("Meta");
        String key = EventsFixtures.appKey(app);
        EventsFixtures.awayFromMidnight(ISTANBUL);
        long now = System.currentTimeMillis() / 1000;
        sdk(client(), key, "meta-1", now - 120, "begin_session", "1", "country_code", "TR",
                "metrics", "{\"_os\":\"Android\",\"_resolution\":\"1080x1920\"}");
        sdk(client(), key, "meta-1", now - 80, "end_session", "1", "session_duration", "40");

        LocalDate today = LocalDate.now(ISTANBUL);
        String week = "w" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        for (String method : new String[]{"sessions", "users", "locations"}) {
            JsonObject tree = json(read("/o", app, "method", method));
            assertJson("{\"countries\": [\"TR\"], \"f-ranges\": [\"0\"], \"d-ranges\": [\"2\"]}",
                    tree.getJsonObject("meta").toString(), method + ": 40 s is duration range 2 (31-60 s)");
            assertJson("{\"u\": 1, \"f\": {\"0\": 1}, \"ds\": {\"2\": 1}, \"TR\": {\"u\": 1}}",
                    tree.getJsonObject(Integer.toString(today.getYear())).getJsonObject(week).toString(), method + " " + week);
        }
        for (String method : new String[]{"device_details", "app_versions"}) {
            assertJson("{\"os\": [\"Android\"], \"resolutions\": [\"1080x1920\"]}",
                    json(read("/o", app, "method", method)).getJsonObject("meta").toString(), method + ": no empty lists");
        }
    }

    /**
     * {@code get_events} is Countly's events document ({@code fetchCollection}): {@code segments}
     * holds only the events that have segments, Countly's own {@code [CLY]} events are left out of
     * both, and an app that never saw an event has no document, so only the limits. The default
     * event of {@code method=events} is the first that is not a {@code [CLY]} one.
     */
    @Test
    void getEventsListsSegmentsOnlyForEventsThatHaveThem() throws Exception {
        long app = newApp("Catalog");
        String limits = "{\"event_limit\": 500, \"event_segmentation_limit\": 100, \"event_segmentation_value_limit\": 1000}";
        assertJson("{\"limits\": " + limits + "}", read("/o", app, "method", "get_events"), "no event yet");

        EventsFixtures.awayFromMidnight(ISTANBUL);
        sdk(client(), EventsFixtures.appKey(app), "cat-1", System.currentTimeMillis() / 1000 - 30, "events",
                "[{\"key\":\"[CLY]_view\",\"count\":1,\"segmentation\":{\"name\":\"Home\",\"visit\":1}},"
                        + "{\"key\":\"plain\",\"count\":1},{\"key\":\"shop\",\"count\":3,\"segmentation\":{\"item\":\"sword\"}}]");
        JsonObject catalog = json(read("/o", app, "method", "get_events"));
        assertJson("[\"plain\", \"shop\"]", catalog.getJsonArray("list").toString(), "no [CLY]_view");
        assertJson("{\"shop\": [\"item\"]}", catalog.getJsonObject("segments").toString(), "plain has no segments");
        assertJson(limits, catalog.getJsonObject("limits").toString());

        JsonObject first = json(read("/o", app, "method", "events"));
        assertJson("{\"segments\": []}", first.getJsonObject("meta").toString(), "plain, not [CLY]_view: " + first);
        assertEquals(1, first.getJsonObject(Integer.toString(LocalDate.now(ISTANBUL).getYear())).getInt("c"), first.toString());
    }

    /**
     * Countly's dashboard ({@code validateDashboard}): {@code total_users} says whether it is an
     * estimate: with nobody seen, the 30- and 7-day figures are estimates and today's is not; once
     * devices are counted it is a count. Bars carry {@code name}, {@code value} and a one-decimal
     * {@code percent} of all values ({@code extractBarData}).
     */
    @Test
    void dashboardUsersSayWhetherTheyAreEstimatesAndBarsKeepOneDecimal() throws Exception {
        long app = newApp("Dashboard");
        JsonObject empty = json(read("/o/analytics/dashboard", app));
        for (String period : new String[]{"30days", "7days", "today"}) {
            assertJson("{\"total\": 0, \"change\": \"NA\", \"trend\": \"u\", \"is_estimate\": " + !period.equals("today") + "}",
                    empty.getJsonObject(period).getJsonObject("dashboard").getJsonObject("total_users").toString(), period);
        }

        String key = EventsFixtures.appKey(app);
        EventsFixtures.awayFromMidnight(ISTANBUL);
        long now = System.currentTimeMillis() / 1000;
        String android = "{\"_os\":\"Android\",\"_resolution\":\"1080x1920\"}";
        sdk(client(), key, "dash-1", now - 90, "begin_session", "1", "metrics", android);
        sdk(client(), key, "dash-2", now - 80, "begin_session", "1", "metrics", android);
        sdk(client(), key, "dash-3", now - 70, "begin_session", "1", "metrics", "{\"_os\":\"iOS\",\"_resolution\":\"1170x2532\"}");
        JsonObject thirty = json(read("/o/analytics/dashboard", app)).getJsonObject("30days");
        assertJson("{\"total\": 3, \"change\": \"NA\", \"trend\": \"u\", \"is_estimate\": false}",
                thirty.getJsonObject("dashboard").getJsonObject("total_users").toString());
        assertJson("[{\"name\": \"Android\", \"value\": 2, \"percent\": 66.7}, {\"name\": \"iOS\", \"value\": 1, \"percent\": 33.3}]",
                thirty.getJsonObject("top").getJsonArray("platforms").toString());
        assertJson("[{\"name\": \"1080x1920\", \"value\": 2, \"percent\": 66.7}, {\"name\": \"1170x2532\", \"value\": 1, \"percent\": 33.3}]",
                thirty.getJsonObject("top").getJsonArray("resolutions").toString());
        assertJson("[{\"name\": \"Android\", \"value\": 2, \"percent\": 66.7}, {\"name\": \"iOS\", \"value\": 1, \"percent\": 33.3}]",
                json(read("/o/analytics/tops", app)).getJsonArray("platforms").toString(), "/o/analytics/tops, the same bars");
    }

    /**
     * Countly's {@code top.users} is {@code getBars} of the users document: its days ranked by its
     * first metric, sessions ({@code t}), each a one-decimal share of all the period's sessions,
     * the biggest (here the first of equals) taking what the shares leave under 100, equal days in
     * the chart's order, earliest first: three days of one session each are 33.4, 33.3, 33.3.
     */
    @Test
    void dashboardUserBarsShareTheSessionsOfEachDayToOneDecimal() throws InterruptedException {
        long app = newApp("User bars");
        String key = EventsFixtures.appKey(app);
        EventsFixtures.awayFromMidnight(ISTANBUL);
        long now = System.currentTimeMillis() / 1000;
        LocalDate today = LocalDate.now(ISTANBUL);
        sdk(client(), key, "bars-1", now - 2 * 86_400, "begin_session", "1");
        sdk(client(), key, "bars-2", now - 86_400, "begin_session", "1");
        sdk(client(), key, "bars-3", now - 60, "begin_session", "1");
        java.time.format.DateTimeFormatter label = java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ENGLISH);
        assertJson("[{\"name\": \"" + label.format(today.minusDays(2)) + "\", \"value\": 1, \"percent\": 33.4}, "
                        + "{\"name\": \"" + label.format(today.minusDays(1)) + "\", \"value\": 1, \"percent\": 33.3}, "
                        + "{\"name\": \"" + label.format(today) + "\", \"value\": 1, \"percent\": 33.3}]",
                json(read("/o/analytics/dashboard", app)).getJsonObject("7days").getJsonObject("top").getJsonArray("users").toString());
    }

    /**
     * {@code /o/analytics/events} without {@code event} or {@code events}: every event's totals under
     * {@code all}; Countly's own {@code [CLY]} events are left out, as {@code get_events} leaves them out.
     */
    @Test
    void analyticsEventsWithoutAnEventAnswerEveryEventsTotals() {
        long app = newApp("All events");
        assertJson("{\"all\": []}", read("/o/analytics/events", app), "no events yet");
        long now = System.currentTimeMillis() / 1000;
        sdk(client(), EventsFixtures.appKey(app), "all-1", now - 40, "events",
                "[{\"key\":\"buy\",\"count\":2,\"sum\":3.5},{\"key\":\"jump\",\"count\":5,\"dur\":10},"
                        + "{\"key\":\"[CLY]_view\",\"count\":9,\"segmentation\":{\"name\":\"Home\",\"visit\":1}}]");
        sdk(client(), EventsFixtures.appKey(app), "all-1", now - 30, "events", "[{\"key\":\"buy\",\"count\":1,\"sum\":1}]");
        assertJson("{\"all\": [{\"_id\": \"jump\", \"c\": 5, \"s\": 0, \"dur\": 10}, {\"_id\": \"buy\", \"c\": 3, \"s\": 4.5, \"dur\": 0}]}",
                read("/o/analytics/events", app));
    }

    /**
     * Countly sends every read through {@code returnOutput}, which HTML-escapes every key and string
     * of the answer ({@code " & ' < >}); control characters are left to the JSON writer
     * ({@code \t}, {@code \u0001}). What is stored stays as sent: only answers are escaped.
     */
    @Test
    void segmentValuesAndKeysAreAnsweredEscapedAsCountlyEscapesThem() throws Exception {
        long app = newApp("Escapes");
        EventsFixtures.awayFromMidnight(ISTANBUL);
        String raw = "<b>\"x\" & 'y'\tz\u0001";
        String escaped = "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;\tz\u0001";
        String events = Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "pick<1>").add("count", 2)
                .add("segmentation", Json.createObjectBuilder().add("item", raw))).build().toString();
        sdk(client(), EventsFixtures.appKey(app), "esc-1", System.currentTimeMillis() / 1000 - 30, "events", events);

        String catalog = read("/o", app, "method", "get_events");
        assertJson("[\"pick&lt;1&gt;\"]", json(catalog).getJsonArray("list").toString());
        String tree = read("/o", app, "method", "events", "event", "pick<1>", "segmentation", "item");
        JsonObject answer = json(tree);
        assertEquals(escaped, answer.getJsonObject("meta").getJsonArray("item").getString(0), tree);
        JsonObject year = answer.getJsonObject(Integer.toString(LocalDate.now(ISTANBUL).getYear()));
        assertTrue(year.containsKey(escaped), "segment values as keys are escaped too: " + tree);
        String byValue = read("/o/analytics/events", app, "event", "pick<1>", "segmentation", "item");
        assertEquals(escaped, PortalClient.jsonOf(byValue).asJsonArray().getJsonObject(0).getString("_id"), byValue);
        for (String body : new String[]{catalog, tree, byValue}) {
            assertFalse(body.contains("<") || body.contains(">") || body.contains("'"), "nothing unescaped: " + body);
            assertTrue(body.chars().noneMatch(c -> c < 0x20), "control characters JSON-escaped: " + body);
        }
    }
}
