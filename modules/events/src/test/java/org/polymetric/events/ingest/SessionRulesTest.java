package org.polymetric.events.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Countly's session rules on one device, as the SDKs drive them: {@code begin_session},
 * {@code session_duration} heartbeats, events and {@code end_session}; what each adds to the
 * hourly rollups (t total, n new, d duration, e requests without session information, uh..uy
 * uniques per hour, day, week, month and year), to the duration, frequency and loyalty buckets and
 * to day-N retention. Times are local times in the app's zone (Istanbul, UTC+3).
 */
class SessionRulesTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");
    private static final long GAME = 5;
    private static final App APP = new App(GAME, 1, ZONE, "", true, false);

    private static int requests;

    private final Map<Long, List<String[]>> storedMeta = new HashMap<>();
    private final EventCatalog catalog = new EventCatalog(g -> storedMeta.getOrDefault(g, List.of()));
    private final SessionRules rules = new SessionRules(catalog);
    private final Tally tally = new Tally();
    private DeviceState device;

    // ---- requests

    private static long epoch(String local) {
        return LocalDateTime.parse(local).atZone(ZONE).toEpochSecond();
    }

    /** A request of device BBB at a local time; each gets its own fingerprint unless reused. */
    private static final class Request {
        final long timestamp;
        boolean begin;
        Integer duration;
        boolean end;
        Map<String, String> metrics = Map.of();
        List<EventRecord> events = List.of();
        String country;
        String city;

        Request(long timestamp) {
            this.timestamp = timestamp;
        }

        Request begin() {
            begin = true;
            return this;
        }

        Request metrics(String... familyValue) {
            metrics = pairs(familyValue);
            return this;
        }

        Request duration(int seconds) {
            duration = seconds;
            return this;
        }

        Request end() {
            end = true;
            return this;
        }

        Request events(EventRecord... e) {
            events = List.of(e);
            return this;
        }

        Request from(String country, String city) {
            this.country = country;
            this.city = city;
            return this;
        }

        Report report() {
            byte[] fingerprint = ByteBuffer.allocate(20).putInt(++requests).array();
            return new Report(APP, "BBB", timestamp, begin, duration, end, metrics, events, country, city, Map.of(), null,
                    fingerprint);
        }
    }

    private static Request at(String local) {
        return new Request(epoch(local));
    }

    private static Map<String, String> pairs(String... kv) {
        Map<String, String> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static EventRecord event(String key, long count, double sum, String when, String... segmentation) {
        return new EventRecord(key, count, sum, 0, pairs(segmentation), epoch(when));
    }

    private DeviceState send(Report r) throws Exception {
        DeviceState after = rules.apply(device, r, tally);
        if (after != null) {
            device = after;
        }
        return after;
    }

    private DeviceState send(Request r) throws Exception {
        return send(r.report());
    }

    // ---- rollups

    /** t, n, d, e, uh, ud, uw, um, uy */
    private static long[] row(long t, long n, long d, long e, long uh, long ud, long uw, long um, long uy) {
        return new long[]{t, n, d, e, uh, ud, uw, um, uy};
    }

    private long[] session(String dim, String val, String localHour) {
        long[] r = tally.sessions().get(new Tally.SessionKey(GAME, dim, val, LocalDateTime.parse(localHour)));
        return r == null ? new long[Tally.SESSION_COLUMNS.length] : r;
    }

    private long[] total(String localHour) {
        return session("", "", localHour);
    }

    private long sessionsIn(String dim, String val, String localHour) {
        return session(dim, val, localHour)[Tally.T];
    }

    /** c, s, dur of an event row, or null when there is none. */
    private double[] event(String key, String seg, String val, String localHour) {
        return tally.events().get(new Tally.EventKey(GAME, key, seg, val, LocalDateTime.parse(localHour)));
    }

    private Map<Tally.RetentionKey, Integer> retention(Object... cohortNUsers) {
        Map<Tally.RetentionKey, Integer> m = new HashMap<>();
        for (int i = 0; i < cohortNUsers.length; i += 3) {
            m.put(new Tally.RetentionKey(GAME, LocalDate.parse((String) cohortNUsers[i]), (Integer) cohortNUsers[i + 1]),
                    (Integer) cohortNUsers[i + 2]);
        }
        return m;
    }

    private static String snapshot(Tally t) {
        Map<String, String> all = new TreeMap<>();
        t.sessions().forEach((k, v) -> all.put(k.toString(), Arrays.toString(v)));
        t.events().forEach((k, v) -> all.put(k.toString(), Arrays.toString(v)));
        t.retention().forEach((k, v) -> all.put(k.toString(), v.toString()));
        t.meta().forEach(k -> all.put(k.toString(), ""));
        return all.toString();
    }

    // ---- the documented sequence

    /** The seed's calls: begin with metrics, heartbeats every 30 s, an events request, then end. */
    private void documentedSession() throws Exception {
        send(at("2026-05-13T10:00:05").begin().metrics("os", "Android", "os_versions", "a4:4").from("TR", "Istanbul"));
        send(at("2026-05-13T10:00:35").duration(30));
        send(at("2026-05-13T10:01:05").duration(30));
        send(at("2026-05-13T10:01:10").events(
                event("level_success", 4, 0, "2026-05-13T10:01:10"),
                event("in_app_purchase", 3, 2.97, "2026-05-13T10:01:10", "app_version", "1:0", "country", "Turkey")));
        send(at("2026-05-13T10:01:17").duration(12).end());
    }

    @Test
    void aFirstSessionIsOneNewUniqueSession() throws Exception {
        documentedSession();
        assertArrayEquals(row(1, 1, 72, 5, 1, 1, 1, 1, 1), total("2026-05-13T10:00")); // e: all five requests
        assertEquals(1, device.sessions());
        assertEquals(72, device.duration());
        assertFalse(device.sessionOpen());
        assertEquals("TR", device.country());
    }

    @Test
    void aFirstSessionCountsInItsMetricAndCountryRows() throws Exception {
        documentedSession();
        assertArrayEquals(row(1, 1, 0, 0, 1, 1, 1, 1, 1), session("os", "Android", "2026-05-13T10:00"));
        assertArrayEquals(row(1, 1, 0, 0, 1, 1, 1, 1, 1), session("os_versions", "a4:4", "2026-05-13T10:00"));
        assertArrayEquals(row(1, 1, 0, 0, 1, 1, 1, 1, 1), session("countries", "TR", "2026-05-13T10:00"));
        assertArrayEquals(row(1, 1, 0, 0, 1, 1, 1, 1, 1), session("cities", "Istanbul", "2026-05-13T10:00"));
    }

    @Test
    void aFirstSessionIsInFrequencyZeroLoyaltyZeroAndItsDurationRange() throws Exception {
        documentedSession();
        assertEquals(1, sessionsIn("f", "0", "2026-05-13T10:00"));
        assertEquals(1, sessionsIn("l", "0", "2026-05-13T10:00"));
        assertEquals(1, sessionsIn("ds", "3", "2026-05-13T10:00")); // 72 s: 61-180
        long rows = tally.sessions().keySet().stream().filter(k -> List.of("f", "l", "ds").contains(k.dim())).count();
        assertEquals(3, rows);
    }

    @Test
    void aFirstSightIsDayZeroOfItsCohort() throws Exception {
        documentedSession();
        assertEquals(retention("2026-05-13", 0, 1), tally.retention());
    }

    @Test
    void theSessionsEventsLandInTheEventRows() throws Exception {
        documentedSession();
        assertArrayEquals(new double[]{4, 0, 0}, event("level_success", "", "", "2026-05-13T10:00"));
        assertArrayEquals(new double[]{3, 2.97, 0}, event("in_app_purchase", "", "", "2026-05-13T10:00"));
        assertArrayEquals(new double[]{3, 2.97, 0}, event("in_app_purchase", "app_version", "1:0", "2026-05-13T10:00"));
        assertArrayEquals(new double[]{3, 2.97, 0}, event("in_app_purchase", "country", "Turkey", "2026-05-13T10:00"));
        assertEquals(4, tally.events().size());
        assertTrue(tally.meta().contains(new Tally.MetaKey(GAME, "in_app_purchase", "country", "Turkey")));
    }

    @Test
    void theDurationRangeIsCountedWhenTheSessionEnds() throws Exception {
        send(at("2026-05-13T10:58:00").begin());
        send(at("2026-05-13T10:59:00").duration(60));
        assertEquals(0, sessionsIn("ds", "2", "2026-05-13T10:00"));
        send(at("2026-05-13T11:00:00").duration(60).end());
        assertEquals(1, sessionsIn("ds", "3", "2026-05-13T11:00")); // 120 s, in the hour it ended
        assertEquals(60, total("2026-05-13T10:00")[Tally.D]);
        assertEquals(60, total("2026-05-13T11:00")[Tally.D]);
    }

    @Test
    void anEndWithoutAnOpenSessionHasNoDurationRange() throws Exception {
        documentedSession();
        send(at("2026-05-13T10:30:00").duration(20).end());
        assertEquals(1, sessionsIn("ds", "3", "2026-05-13T10:00"));
        assertEquals(1, tally.sessions().keySet().stream().filter(k -> k.dim().equals("ds")).count());
        assertArrayEquals(row(1, 1, 92, 6, 1, 1, 1, 1, 1), total("2026-05-13T10:00"));
    }

    @Test
    void aSessionLeftOpenCountsItsDurationRangeWhenTheNextOneBegins() throws Exception {
        send(at("2026-05-13T10:00:00").begin());
        send(at("2026-05-13T10:00:40").duration(40));
        send(at("2026-05-13T11:00:00").begin());
        assertEquals(1, sessionsIn("ds", "2", "2026-05-13T11:00"), "40 s: 31-60, in the hour of the next begin");
        send(at("2026-05-13T11:00:05").duration(5).end());
        assertEquals(1, sessionsIn("ds", "0", "2026-05-13T11:00"), "the new session starts its length from zero");
        assertEquals(2, tally.sessions().keySet().stream().filter(k -> k.dim().equals("ds")).count());
    }

    // ---- cooldown

    @Test
    void aBeginWithin15SecondsOfTheEndResumesTheSession() throws Exception {
        documentedSession(); // ended 10:01:17
        send(at("2026-05-13T10:01:31").begin());
        assertTrue(device.sessionOpen());
        assertEquals(1, device.sessions());
        assertArrayEquals(row(1, 1, 72, 5, 1, 1, 1, 1, 1), total("2026-05-13T10:00")); // a resuming begin is no request in e
        assertEquals(1, sessionsIn("f", "0", "2026-05-13T10:00"));
        assertEquals(0, sessionsIn("f", "1", "2026-05-13T10:00"));
        assertEquals(0, sessionsIn("l", "1", "2026-05-13T10:00"));
    }

    @Test
    void aResumedSessionCountsOneDurationRangeForItsWholeLength() throws Exception {
        documentedSession(); // 72 s: 61-180
        assertEquals(1, sessionsIn("ds", "3", "2026-05-13T10:00"));
        send(at("2026-05-13T10:01:31").begin());
        send(at("2026-05-13T10:05:00").duration(200).end());
        assertEquals(0, sessionsIn("ds", "3", "2026-05-13T10:00"), "the first part's range is taken back");
        assertEquals(1, sessionsIn("ds", "4", "2026-05-13T10:00"), "272 s in all: 181-600");
        send(at("2026-05-13T11:00:00").begin());
        send(at("2026-05-13T11:00:30").duration(5).end());
        assertEquals(1, sessionsIn("ds", "0", "2026-05-13T11:00"), "a new session starts its length from zero");
    }

    @Test
    void aBegin15SecondsAfterTheEndIsANewSession() throws Exception {
        documentedSession();
        send(at("2026-05-13T10:01:32").begin());
        assertEquals(2, device.sessions());
        assertEquals(2, total("2026-05-13T10:00")[Tally.T]);
    }

    @Test
    void aBegin16SecondsAfterTheEndIsANewSessionButNotANewUnique() throws Exception {
        documentedSession();
        send(at("2026-05-13T10:01:33").begin());
        assertEquals(2, device.sessions());
        assertArrayEquals(row(2, 1, 72, 6, 1, 1, 1, 1, 1), total("2026-05-13T10:00"));
        assertEquals(1, sessionsIn("f", "1", "2026-05-13T10:00")); // 1-24 hours since the last began
        assertEquals(1, sessionsIn("l", "1", "2026-05-13T10:00")); // the device's 2nd session
        assertEquals(1, sessionsIn("f", "0", "2026-05-13T10:00"));
        assertEquals(1, sessionsIn("l", "0", "2026-05-13T10:00"));
    }

    // ---- uniques and retention across days

    @Test
    void aSessionOnTheNextLocalDayIsADailyUniqueAndDayOneRetention() throws Exception {
        documentedSession(); // Wednesday 2026-05-13 10:00
        send(at("2026-05-14T11:00:05").begin());
        assertArrayEquals(row(1, 0, 0, 1, 1, 1, 0, 0, 0), total("2026-05-14T11:00"));
        assertEquals(1, sessionsIn("f", "2", "2026-05-14T11:00")); // 25 h: 1 day
        assertEquals(1, sessionsIn("l", "1", "2026-05-14T11:00"));
        assertEquals(retention("2026-05-13", 0, 1, "2026-05-13", 1, 1), tally.retention());
    }

    @Test
    void localMidnightSeparatesDaysEvenWithinOneUtcDay() throws Exception {
        // 20:30 and 21:30 UTC on 2026-05-13, but 23:30 on Wednesday and 00:30 on Thursday in Istanbul
        send(at("2026-05-13T23:30:00").begin());
        send(at("2026-05-13T23:40:00").duration(600).end());
        send(at("2026-05-14T00:30:00").begin());
        assertArrayEquals(row(1, 1, 600, 2, 1, 1, 1, 1, 1), total("2026-05-13T23:00"));
        assertArrayEquals(row(1, 0, 0, 1, 1, 1, 0, 0, 0), total("2026-05-14T00:00"));
        assertEquals(retention("2026-05-13", 0, 1, "2026-05-13", 1, 1), tally.retention());
    }

    @Test
    void aSessionInANewMonthAndWeekIsUniqueThere() throws Exception {
        send(at("2026-05-20T10:00:00").begin());
        send(at("2026-06-10T10:00:00").begin());
        assertArrayEquals(row(1, 0, 0, 1, 1, 1, 1, 1, 0), total("2026-06-10T10:00"));
        assertEquals(1, sessionsIn("f", "10", "2026-06-10T10:00")); // 21 days: 15-30 days
        assertEquals(retention("2026-05-20", 0, 1, "2026-05-20", 21, 1), tally.retention());
    }

    @Test
    void aLateSessionIsCountedButIsNoNewUnique() throws Exception {
        send(at("2026-05-13T10:00:00").begin());
        send(at("2026-05-12T09:00:00").begin());
        assertArrayEquals(row(1, 0, 0, 1, 0, 0, 0, 0, 0), total("2026-05-12T09:00"));
        assertEquals(retention("2026-05-13", 0, 1), tally.retention());
    }

    @Test
    void aDeviceFirstSeenWithoutASessionIsNewAtItsFirstSession() throws Exception {
        send(at("2026-05-13T09:10:00").events(event("tutorial", 1, 0, "2026-05-13T09:10:00")));
        assertEquals(0, device.sessions());
        send(at("2026-05-13T09:20:00").begin());
        // e: the request before the session is counted when it begins, as Countly's test expects (e 2)
        assertArrayEquals(row(1, 1, 0, 2, 1, 1, 1, 1, 1), total("2026-05-13T09:00"));
        assertEquals(retention("2026-05-13", 0, 1), tally.retention());
    }

    // ---- requests without session information

    @Test
    void everyRequestOfADeviceWithASessionCountsInE() throws Exception {
        send(at("2026-05-13T10:00:00").begin());
        send(at("2026-05-13T10:00:30").duration(30));
        send(at("2026-05-13T10:00:40"));
        send(at("2026-05-13T10:00:50").events(event("tap", 1, 0, "2026-05-13T10:00:50")));
        send(at("2026-05-13T10:01:00").duration(20).end());
        assertArrayEquals(row(1, 1, 50, 5, 1, 1, 1, 1, 1), total("2026-05-13T10:00"));
    }

    @Test
    void aBeginWithADurationCountsTwiceInEAsCountlyDoes() throws Exception {
        send(at("2026-05-13T10:00:00").begin().duration(10));
        assertArrayEquals(row(1, 1, 10, 2, 1, 1, 1, 1, 1), total("2026-05-13T10:00"));
    }

    @Test
    void aDeviceThatNeverBeganASessionLeavesNoSessionRows() throws Exception {
        send(at("2026-05-13T10:00:00").events(event("tap", 1, 0, "2026-05-13T10:00:00")));
        send(at("2026-05-13T10:00:30").duration(30));
        send(at("2026-05-13T10:01:00").duration(20).end());
        assertTrue(tally.sessions().isEmpty(), tally.sessions().keySet().toString());
        assertEquals(0, device.sessions());
        assertEquals(0, device.duration());
        assertArrayEquals(new double[]{1, 0, 0}, event("tap", "", "", "2026-05-13T10:00"), "its events still count");
    }

    @Test
    void aBeginSoonAfterTheEndOfNoSessionIsTheFirstSession() throws Exception {
        send(at("2026-05-13T10:00:00").end());
        send(at("2026-05-13T10:00:05").begin());
        assertEquals(1, device.sessions());
        assertArrayEquals(row(1, 1, 0, 2, 1, 1, 1, 1, 1), total("2026-05-13T10:00"));
        assertTrue(tally.sessions().keySet().stream().noneMatch(k -> k.dim().equals("ds")), "no range taken back");
    }

    // ---- places

    @Test
    void aSessionThatCannotBeLocatedCountsUnderUnknownCountryAndCity() throws Exception {
        send(at("2026-05-13T10:00:00").begin());
        assertArrayEquals(row(1, 1, 0, 0, 1, 1, 1, 1, 1), session("countries", "Unknown", "2026-05-13T10:00"));
        assertArrayEquals(row(1, 1, 0, 0, 1, 1, 1, 1, 1), session("cities", "Unknown", "2026-05-13T10:00"));
        assertEquals("Unknown", device.country());
    }

    @Test
    void aCountryWithoutACityCountsUnderUnknownCity() throws Exception {
        send(at("2026-05-13T10:00:00").begin().from("TR", null));
        assertEquals(1, sessionsIn("countries", "TR", "2026-05-13T10:00"));
        assertEquals(1, sessionsIn("cities", "Unknown", "2026-05-13T10:00"));
    }

    // ---- duplicates

    @Test
    void aRepeatOfTheDevicesLastRequestChangesNothing() throws Exception {
        send(at("2026-05-13T10:00:00").begin());
        Report heartbeat = at("2026-05-13T10:00:30").duration(30)
                .events(event("tap", 1, 0, "2026-05-13T10:00:30", "button", "ok")).report();
        DeviceState before = send(heartbeat);
        String counted = snapshot(tally);
        long duration = device.duration();

        assertNull(rules.apply(device, heartbeat, tally));
        assertEquals(counted, snapshot(tally));
        assertSame(before, device);
        assertEquals(duration, device.duration());
        assertEquals(30, total("2026-05-13T10:00")[Tally.D]);
        assertArrayEquals(new double[]{1, 0, 0}, event("tap", "", "", "2026-05-13T10:00"));
    }

    @Test
    void theSameRequestAfterAnotherOneCountsAgain() throws Exception {
        send(at("2026-05-13T10:00:00").begin());
        Report a = at("2026-05-13T10:00:30").duration(30).report();
        Report b = at("2026-05-13T10:01:00").duration(30).report();
        send(a);
        send(b);
        assertNotNull(send(a));
        assertEquals(90, total("2026-05-13T10:00")[Tally.D]);
    }

    // ---- events

    @Test
    void anEventIsBucketedAtItsOwnTime() throws Exception {
        send(at("2026-05-13T12:00:00").events(event("boot", 2, 0, "2026-05-13T08:59:59")));
        assertArrayEquals(new double[]{2, 0, 0}, event("boot", "", "", "2026-05-13T08:00"));
        assertNull(event("boot", "", "", "2026-05-13T12:00"));
    }

    @Test
    void eventsOfOneHourAddUp() throws Exception {
        send(at("2026-05-13T10:00:00").events(event("buy", 1, 1.5, "2026-05-13T10:00:00", "item", "sword")));
        send(at("2026-05-13T10:30:00").events(event("buy", 2, 3.25, "2026-05-13T10:30:00", "item", "sword"),
                event("buy", 1, 1, "2026-05-13T10:30:00", "item", "shield")));
        assertArrayEquals(new double[]{4, 5.75, 0}, event("buy", "", "", "2026-05-13T10:00"));
        assertArrayEquals(new double[]{3, 4.75, 0}, event("buy", "item", "sword", "2026-05-13T10:00"));
        assertArrayEquals(new double[]{1, 1, 0}, event("buy", "item", "shield", "2026-05-13T10:00"));
    }

    @Test
    void the501stEventKeyIsDroppedAndTheRestKept() throws Exception {
        List<String[]> meta = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            meta.add(new String[]{"e" + i, "", ""});
        }
        storedMeta.put(GAME, meta);
        send(at("2026-05-13T10:00:00").events(
                event("e500", 1, 0, "2026-05-13T10:00:00", "level", "hard"),
                event("e7", 1, 0, "2026-05-13T10:00:00", "level", "hard")));
        assertNull(event("e500", "", "", "2026-05-13T10:00"));
        assertNull(event("e500", "level", "hard", "2026-05-13T10:00"));
        assertArrayEquals(new double[]{1, 0, 0}, event("e7", "", "", "2026-05-13T10:00"));
        assertArrayEquals(new double[]{1, 0, 0}, event("e7", "level", "hard", "2026-05-13T10:00"));
        assertTrue(tally.meta().stream().noneMatch(m -> m.key().equals("e500")));
    }

    @Test
    void the101stSegmentIsDroppedAndTheRestKept() throws Exception {
        List<String[]> meta = new ArrayList<>();
        meta.add(new String[]{"buy", "", ""});
        for (int i = 0; i < 100; i++) {
            meta.add(new String[]{"buy", "s" + i, ""});
        }
        storedMeta.put(GAME, meta);
        send(at("2026-05-13T10:00:00").events(event("buy", 1, 2, "2026-05-13T10:00:00", "s3", "x", "s100", "y")));
        assertArrayEquals(new double[]{1, 2, 0}, event("buy", "", "", "2026-05-13T10:00"));
        assertArrayEquals(new double[]{1, 2, 0}, event("buy", "s3", "x", "2026-05-13T10:00"));
        assertNull(event("buy", "s100", "y", "2026-05-13T10:00"));
    }

    @Test
    void the1001stValueIsDroppedAndTheRestKept() throws Exception {
        List<String[]> meta = new ArrayList<>();
        meta.add(new String[]{"buy", "", ""});
        meta.add(new String[]{"buy", "item", ""});
        for (int i = 0; i < 1000; i++) {
            meta.add(new String[]{"buy", "item", "i" + i});
        }
        storedMeta.put(GAME, meta);
        send(at("2026-05-13T10:00:00").events(
                event("buy", 1, 0, "2026-05-13T10:00:00", "item", "i1000", "store", "web"),
                event("buy", 1, 0, "2026-05-13T10:00:00", "item", "i999")));
        assertArrayEquals(new double[]{2, 0, 0}, event("buy", "", "", "2026-05-13T10:00"));
        assertNull(event("buy", "item", "i1000", "2026-05-13T10:00"));
        assertArrayEquals(new double[]{1, 0, 0}, event("buy", "item", "i999", "2026-05-13T10:00"));
        assertArrayEquals(new double[]{1, 0, 0}, event("buy", "store", "web", "2026-05-13T10:00"));
    }

    // ---- device state

    @Test
    void theDeviceKeepsItsLatestPlaceAndProperties() throws Exception {
        send(at("2026-05-13T10:00:00").begin().from("TR", "Istanbul"));
        send(at("2026-05-13T10:05:00").duration(30));
        assertEquals("TR", device.country());
        send(new Report(APP, "BBB", epoch("2026-05-13T10:06:00"), false, null, false, Map.of(), List.of(), "DE", "Berlin",
                new LinkedHashMap<>(Map.of("user_details", "{\"name\":\"Ada\"}")), null, new byte[]{9}));
        assertEquals("DE", device.country());
        assertEquals("{\"name\":\"Ada\"}", device.properties.get("user_details"));
    }
}
