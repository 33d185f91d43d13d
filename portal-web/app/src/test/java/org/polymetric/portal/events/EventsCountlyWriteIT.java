package org.polymetric.portal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.polymetric.portal.events.EventsFixtures.ISTANBUL;
import static org.polymetric.portal.events.EventsFixtures.assertJson;
import static org.polymetric.portal.events.EventsFixtures.ok;
import static org.polymetric.portal.events.EventsFixtures.query;
import static org.polymetric.portal.events.EventsFixtures.sdk;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;
import org.polymetric.portal.TokenMaker;

/**
 * How Countly's server counts what SDKs send, in the way Countly's own server tests check it
 * ({@code test/3.api.write}): each test writes to a fresh app through {@code /i}, then reads the
 * answers of {@code /o} and compares their values. Requests are stamped a minute or two back
 * (or not at all where that is the point), so everything lands today in the app's zone.
 */
class EventsCountlyWriteIT extends PortalIT {
    private static final String SUCCESS = "{\"result\":\"Success\"}";
    private static final String DUPLICATE = "{\"result\":\"Success\",\"info\":\"Request ignored: Duplicate request\"}";

    private static long org;
    private static long studio;
    private static TokenMaker owner;

    private String token;
    private LocalDate today;
    private long now;

    @BeforeAll
    static void organizationWithAnOwner() {
        org = Fixtures.organization(Fixtures.unique("Countly counting"));
        studio = Fixtures.studio(org, "Counting studio");
    }

    @BeforeEach
    void awayFromMidnight() throws InterruptedException {
        if (owner == null) {
            owner = new TokenMaker(new PortalClient(client().uri("/")),
                    EventsFixtures.person("countowner", "organization", org, "owner"));
        }
        token = owner.token("organization", org, "viewer");
        // a test's requests and reads must fall on one local day
        EventsFixtures.awayFromMidnight(ISTANBUL);
        today = LocalDate.now(ISTANBUL);
        now = System.currentTimeMillis() / 1000;
    }

    // ---------------------------------------------------------------- 1. duplicates

    /**
     * Countly hashes a request with its {@code timestamp}, or without one with the server's arrival
     * time in milliseconds: the same request twice without {@code timestamp} counts twice, the same
     * stamped request twice is a duplicate.
     */
    @Test
    void twoRequestsWithoutTimestampBothCountAndTheSameTimestampTwiceIsADuplicate() throws InterruptedException {
        long game = game("Duplicates");
        String key = EventsFixtures.appKey(game);
        sdk(client(), key, "dup-device", now - 120, "begin_session", "1");
        String unstamped = query("app_key", key, "device_id", "dup-device", "events", "[{\"key\":\"tap\",\"count\":1}]");
        assertReply(SUCCESS, client().get("/i?" + unstamped));
        Thread.sleep(5); // another millisecond, as two SDK sends always are
        assertReply(SUCCESS, client().get("/i?" + unstamped));
        assertEquals(2, eventToday(game, "tap").getInt("c"), "two requests without timestamp are two requests");

        String stamped = query("app_key", key, "device_id", "dup-device", "timestamp", Long.toString((now - 60) * 1000),
                "events", "[{\"key\":\"tap\",\"count\":1}]");
        assertReply(SUCCESS, client().get("/i?" + stamped));
        assertReply(DUPLICATE, client().get("/i?" + stamped));
        assertEquals(3, eventToday(game, "tap").getInt("c"), "the stamped request counted once");
    }

    /**
     * The items of one {@code /i/bulk} arrive together, but Countly handles them one after another,
     * each at its own time: two identical items without {@code timestamp} both count, two with the
     * same {@code timestamp} count once.
     */
    @Test
    void twoIdenticalBulkItemsWithoutTimestampBothCountAndStampedOnesOnce() {
        long game = game("Bulk duplicates");
        String key = EventsFixtures.appKey(game);
        sdk(client(), key, "bulk-dup", now - 120, "begin_session", "1");
        String unstamped = "{\"device_id\":\"bulk-dup\",\"events\":[{\"key\":\"tap\",\"count\":1}]}";
        String stamped = "{\"device_id\":\"bulk-dup\",\"timestamp\":" + (now - 60) * 1000
                + ",\"events\":[{\"key\":\"swipe\",\"count\":1}]}";
        assertReply(SUCCESS, client().postForm("/i/bulk", java.util.Map.of("app_key", key,
                "requests", "[" + unstamped + "," + unstamped + "," + stamped + "," + stamped + "]")));
        assertEquals(2, eventToday(game, "tap").getInt("c"), "two unstamped items are two requests");
        assertEquals(1, eventToday(game, "swipe").getInt("c"), "the same stamped item twice counted once");
    }

    // ---------------------------------------------------------------- 2. unknown places

    /**
     * A session from a device that cannot be located (the tests come from loopback) counts under
     * country and city {@code Unknown}; its metrics without {@code _carrier} under carrier
     * {@code Unknown}. Other metrics have no such default.
     */
    @Test
    void aSessionThatCannotBeLocatedCountsUnderUnknownCountryCityAndCarrier() {
        long game = game("Unknown places");
        sdk(client(), EventsFixtures.appKey(game), "nowhere", now - 60, "begin_session", "1",
                "metrics", "{\"_os\":\"Android\",\"_os_version\":\"14\"}");

        JsonObject locations = PortalClient.jsonOf(o(game, "method", "locations")).asJsonObject();
        assertEquals(List.of("Unknown"), strings(locations.getJsonObject("meta").getJsonArray("countries")), locations.toString());
        assertJson("{\"t\":1,\"n\":1,\"u\":1}", day(locations).getJsonObject("Unknown").toString(), "today's Unknown country");

        JsonObject cities = PortalClient.jsonOf(o(game, "method", "cities")).asJsonObject();
        assertJson("{\"t\":1,\"n\":1,\"u\":1}", day(cities).getJsonObject("Unknown").toString(), "today's Unknown city: " + cities);

        JsonObject carriers = PortalClient.jsonOf(o(game, "method", "carriers")).asJsonObject();
        assertEquals(List.of("Unknown"), strings(carriers.getJsonObject("meta").getJsonArray("carriers")), carriers.toString());
        assertJson("{\"t\":1,\"n\":1,\"u\":1}", day(carriers).getJsonObject("Unknown").toString(), "today's Unknown carrier");

        JsonObject details = PortalClient.jsonOf(o(game, "method", "device_details")).asJsonObject();
        assertEquals(null, day(details).get("Unknown"), "no other metric defaults to Unknown: " + details);
    }

    // ---------------------------------------------------------------- 3. devices without a session

    /**
     * Countly's "without session start": a device that never begins a session is no user and
     * leaves no trace in the session, user and location trees; its events still count.
     */
    @Test
    void aDeviceThatNeverBeganASessionLeavesNoTraceButItsEventsCount() {
        long game = game("No session");
        String key = EventsFixtures.appKey(game);
        assertReply(SUCCESS, client().get("/i?" + query("app_key", key, "device_id", "sessionless")));
        sdk(client(), key, "sessionless", now - 90, "session_duration", "30");
        sdk(client(), key, "sessionless", now - 80, "events", "[{\"key\":\"tap\",\"count\":2}]");
        sdk(client(), key, "sessionless", now - 70, "end_session", "1", "session_duration", "10");

        for (String method : List.of("sessions", "users", "locations")) {
            assertEquals("{}", o(game, "method", method), "method=" + method);
        }
        assertEquals("[]", o(game, "method", "total_users"));
        assertEquals(2, eventToday(game, "tap").getInt("c"), "the device's events are counted");
    }

    // ---------------------------------------------------------------- 4. e

    /**
     * {@code e} counts every request of a device that began a session, the {@code begin_session}
     * included and the request it sent before (Countly's test reads {@code e: 2} after an empty
     * request and a {@code begin_session}).
     */
    @Test
    void eCountsEveryRequestOfADeviceWithASessionTheBeginIncluded() {
        long game = game("Requests");
        String key = EventsFixtures.appKey(game);
        assertReply(SUCCESS, client().get("/i?" + query("app_key", key, "device_id", "counted")));
        sdk(client(), key, "counted", now - 100, "begin_session", "1");
        JsonObject day = day(PortalClient.jsonOf(o(game, "method", "sessions")).asJsonObject());
        assertEquals(List.of(1, 1, 2), List.of(day.getInt("t"), day.getInt("n"), day.getInt("e")), day.toString());
        JsonObject dashboard = PortalClient.jsonOf(ok(client(), "/o/analytics/dashboard", token, "app_id", Long.toString(game)))
                .asJsonObject().getJsonObject("30days").getJsonObject("dashboard");
        assertEquals("2.0", dashboard.getJsonObject("avg_requests").getString("total"), "e per session: " + dashboard);

        sdk(client(), key, "counted", now - 90, "session_duration", "30");
        sdk(client(), key, "counted", now - 80, "events", "[{\"key\":\"tap\",\"count\":1}]");
        sdk(client(), key, "counted", now - 70, "end_session", "1");
        day = day(PortalClient.jsonOf(o(game, "method", "sessions")).asJsonObject());
        assertEquals(List.of(1, 30, 5), List.of(day.getInt("t"), day.getInt("d"), day.getInt("e")), day.toString());
    }

    // ---------------------------------------------------------------- 5. implicit close

    /**
     * Countly's "new session without closing previous": the second {@code begin_session} records
     * the open session's duration range in {@code ds}, as its {@code end_session} would have.
     */
    @Test
    void aSessionClosedByANewBeginRecordsItsDurationRange() {
        long game = game("Implicit close");
        String key = EventsFixtures.appKey(game);
        sdk(client(), key, "reopener", now - 180, "begin_session", "1");
        sdk(client(), key, "reopener", now - 140, "session_duration", "40");
        JsonObject day = day(PortalClient.jsonOf(o(game, "method", "sessions")).asJsonObject());
        assertEquals(null, day.get("ds"), "an open session has no range yet: " + day);

        sdk(client(), key, "reopener", now - 60, "begin_session", "1");
        JsonObject sessions = PortalClient.jsonOf(o(game, "method", "sessions")).asJsonObject();
        day = day(sessions);
        assertJson("{\"2\":1}", day.getJsonObject("ds").toString(), "40 s lies in 31-60: " + day);
        assertEquals(List.of(2, 1, 3), List.of(day.getInt("t"), day.getInt("n"), day.getInt("e")), day.toString());
        assertEquals(List.of("2"), strings(sessions.getJsonObject("meta").getJsonArray("d-ranges")), sessions.toString());
    }

    // ---------------------------------------------------------------- 6. a malformed event

    /** Countly's keyless event {@code {"count": 1}} among good ones is dropped and the rest stored. */
    @Test
    void aKeylessEventIsDroppedAndTheOthersStored() {
        long game = game("Keyless");
        String key = EventsFixtures.appKey(game);
        sdk(client(), key, "keyless", now - 60, "events",
                "[{\"key\":\"first\",\"count\":1},{\"count\":1},{\"key\":\"second\",\"count\":2,\"sum\":1.5}]");
        assertEquals(1, eventToday(game, "first").getInt("c"));
        JsonObject second = eventToday(game, "second");
        assertEquals(List.of("2", "1.5"), List.of(second.get("c").toString(), second.get("s").toString()), second.toString());
        JsonObject catalog = PortalClient.jsonOf(o(game, "method", "get_events")).asJsonObject();
        assertEquals(List.of("first", "second"), strings(catalog.getJsonArray("list")), catalog.toString());
    }

    // ---------------------------------------------------------------- helpers

    private long game(String title) {
        return EventsFixtures.game(studio, Fixtures.unique(title), ISTANBUL);
    }

    /** A read of the app's default period (30 days) with the owner's token as {@code api_key}. */
    private String o(long game, String... params) {
        List<String> all = new ArrayList<>(List.of("app_id", Long.toString(game)));
        all.addAll(List.of(params));
        return ok(client(), "/o", token, all.toArray(String[]::new));
    }

    /** Today's node of a time tree ({@code year → month → day}). */
    private JsonObject day(JsonObject tree) {
        JsonObject year = tree.getJsonObject(Integer.toString(today.getYear()));
        assertEquals(true, year != null, "a tree for " + today.getYear() + ": " + tree);
        JsonObject month = year.getJsonObject(Integer.toString(today.getMonthValue()));
        assertEquals(true, month != null, "a month node: " + tree);
        JsonObject day = month.getJsonObject(Integer.toString(today.getDayOfMonth()));
        assertEquals(true, day != null, "a day node: " + tree);
        return day;
    }

    /** Today's {@code c}, {@code s}, {@code dur} of an event. */
    private JsonObject eventToday(long game, String event) {
        return day(PortalClient.jsonOf(o(game, "method", "events", "event", event)).asJsonObject());
    }

    private static List<String> strings(jakarta.json.JsonArray array) {
        List<String> out = new ArrayList<>();
        for (JsonValue v : array) {
            out.add(((jakarta.json.JsonString) v).getString());
        }
        return out;
    }

    private static void assertReply(String body, HttpResponse<String> r) {
        assertEquals("200 " + body, r.statusCode() + " " + r.body(), r.request().uri().toString());
    }
}
