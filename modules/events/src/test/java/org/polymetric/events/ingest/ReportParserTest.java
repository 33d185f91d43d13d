package org.polymetric.events.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.polymetric.kernel.geo.Enrichment;
import org.polymetric.kernel.geo.Place;
import org.polymetric.kernel.ingest.Arrival;

/** How one {@code /i} request's parameters become a report, or Countly's refusal of it. */
class ReportParserTest {
    private static final App APP = new App(7, 3, ZoneId.of("Europe/Istanbul"), "salt", true, false);
    private static final long NOW = Instant.parse("2026-05-13T12:00:00Z").getEpochSecond();
    private static final long NOW_MILLIS = NOW * 1000 + 250;
    private static final String CLIENT = "203.0.113.7";
    private static final String SENT_IP = "198.51.100.1";

    private final List<String> located = new ArrayList<>();
    /** The kernel's enrichment with two known addresses; records what it is asked to locate. */
    private final Enrichment geo = new Enrichment() {
        @Override
        public Optional<Place> locate(String address) {
            located.add(address);
            return switch (address) {
                case CLIENT -> Optional.of(new Place("DE", "Berlin"));
                case SENT_IP -> Optional.of(new Place("FR", "Paris"));
                default -> Optional.empty();
            };
        }
    };
    private final ReportParser parser = new ReportParser(geo);

    private Arrival arrival(String address, long atMillis) {
        return new Arrival(Instant.ofEpochMilli(atMillis), address, null, geo);
    }

    /** The parameters of a request: app_key and device_id, then the given name/value pairs. */
    private static Map<String, String> request(String... pairs) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("app_key", "AAA");
        p.put("device_id", "BBB");
        for (int i = 0; i < pairs.length; i += 2) {
            p.put(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    private Report parse(Map<String, String> params) throws Refusal {
        return parser.parse(APP, params, arrival(CLIENT, NOW_MILLIS));
    }

    private Report parse(String... pairs) throws Refusal {
        return parse(request(pairs));
    }

    private void assertRefused(String result, Map<String, String> params) {
        Refusal r = assertThrows(Refusal.class, () -> parse(params));
        assertEquals(400, r.status());
        assertEquals(result, r.result());
    }

    private void assertInvalid(String parameter, String... pairs) {
        assertRefused("Invalid parameter \"" + parameter + "\"", request(pairs));
    }

    private EventRecord onlyEvent(String eventsJson) throws Refusal {
        List<EventRecord> events = parse("events", eventsJson).events();
        assertEquals(1, events.size());
        return events.get(0);
    }

    private Map<String, String> segmentation(String segmentationJson) throws Refusal {
        return onlyEvent("[{\"key\":\"k\",\"segmentation\":" + segmentationJson + "}]").segmentation();
    }

    // ---- mandatory parameters

    @Test
    void aRequestWithoutDeviceIdIsMissingAParameter() {
        Map<String, String> noDevice = request();
        noDevice.remove("device_id");
        assertRefused("Missing parameter \"app_key\" or \"device_id\"", noDevice);
        assertRefused("Missing parameter \"app_key\" or \"device_id\"", request("device_id", ""));
    }

    @Test
    void anOverlongDeviceIdIsInvalid() throws Refusal {
        assertInvalid("device_id", "device_id", "d".repeat(192));
        assertEquals("d".repeat(191), parse("device_id", "d".repeat(191)).deviceId());
    }

    @Test
    void theSeedsFirstCallIsABeginWithMetrics() throws Refusal {
        Report r = parse("sdk_version", "CCC", "begin_session", "1", "metrics",
                "{\"_os\":\"DDD\",\"_os_version\":\"EEE\",\"_device\":\"FFF\",\"_resolution\":\"GGG\","
                        + "\"_carrier\":\"HHH\",\"_app_version\":\"III\"}");
        assertEquals(APP, r.app());
        assertEquals("BBB", r.deviceId());
        assertTrue(r.beginSession());
        assertFalse(r.endSession());
        assertNull(r.sessionDuration());
        assertEquals(Map.of("os", "DDD", "os_versions", "EEE", "devices", "FFF", "resolutions", "GGG",
                "carriers", "HHH", "app_versions", "III"), r.metrics());
        assertEquals(List.of(), r.events());
    }

    @Test
    void heartbeatAndEndCarrySessionInformation() throws Refusal {
        Report heartbeat = parse("session_duration", "30");
        assertEquals(30, heartbeat.sessionDuration());
        assertFalse(heartbeat.beginSession() || heartbeat.endSession());
        Report end = parse("end_session", "1");
        assertTrue(end.endSession());
        assertNull(end.sessionDuration());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "false", "FALSE", ""})
    void zeroFalseAndEmptyAreNoFlag(String value) throws Refusal {
        assertFalse(parse("begin_session", value, "end_session", value).beginSession());
        assertFalse(parse("begin_session", value, "end_session", value).endSession());
    }

    // ---- timestamp

    @Test
    void aRequestWithoutTimestampHappensNow() throws Refusal {
        assertEquals(NOW, parse().timestamp());
    }

    @Test
    void timestampsComeInSecondsOrMilliseconds() throws Refusal {
        long past = NOW - 3 * 86_400;
        assertEquals(past, parse("timestamp", Long.toString(past)).timestamp());
        assertEquals(past, parse("timestamp", Long.toString(past * 1000 + 999)).timestamp());
        assertEquals(past, parse("timestamp", past + ".75").timestamp());
    }

    @Test
    void aFutureTimestampIsClampedToNow() throws Refusal {
        assertEquals(NOW, parse("timestamp", Long.toString(NOW + 3600)).timestamp());
        assertEquals(NOW, parse("timestamp", Long.toString((NOW + 3600) * 1000)).timestamp());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "12ab", "-5", "-1700000000000", "1e400", "1e50000000", "0x10", "99999999999999999999999"})
    void aNonNumericOrNegativeTimestampIsInvalid(String value) {
        assertInvalid("timestamp", "timestamp", value);
    }

    // ---- session_duration

    @Test
    void sessionDurationIsCappedAtADay() throws Refusal {
        assertEquals(86_399, parse("session_duration", "86399").sessionDuration());
        assertEquals(86_400, parse("session_duration", "86400").sessionDuration());
        assertEquals(86_400, parse("session_duration", "1000000").sessionDuration());
    }

    @Test
    void aNegativeSessionDurationIsTakenFor30Seconds() throws Refusal {
        assertEquals(30, parse("session_duration", "-1").sessionDuration());
        assertEquals(30, parse("session_duration", "-9000").sessionDuration());
        assertEquals(0, parse("session_duration", "0").sessionDuration());
    }

    @ParameterizedTest
    @ValueSource(strings = {"thirty", "30s", "NaN", "Infinity", "1e50000000", "3e-999"})
    void aNonNumericSessionDurationIsInvalid(String value) {
        assertInvalid("session_duration", "session_duration", value);
    }

    // ---- metrics, user details

    @Test
    void metricsAreKeptOnlyWithBeginSession() throws Refusal {
        String metrics = "{\"_os\":\"Android\",\"_os_version\":\"4.4\",\"_app_version\":\"$1.2\",\"_carrier\":\"\","
                + "\"_custom\":\"x\",\"_density\":2}";
        Report begin = parse("begin_session", "1", "metrics", metrics);
        assertEquals(Map.of("os", "Android", "os_versions", "a4:4", "app_versions", "1:2", "density", "2",
                "carriers", "Unknown"), begin.metrics()); // an empty carrier is none: Countly's Unknown
        assertTrue(begin.properties().containsKey("metrics"));

        Report heartbeat = parse("session_duration", "30", "metrics", metrics);
        assertEquals(Map.of(), heartbeat.metrics());
        assertFalse(heartbeat.properties().containsKey("metrics"));
    }

    @Test
    void userDetailsAndConsentAreKeptAsProperties() throws Refusal {
        Report r = parse("user_details", "{\"name\":\"Ada\"}", "consent", "{\"sessions\":true}");
        assertEquals("{\"name\":\"Ada\"}", r.properties().get("user_details"));
        assertEquals("{\"sessions\":true}", r.properties().get("consent"));
    }

    @Test
    void brokenJsonIsAnInvalidParameter() {
        assertInvalid("events", "events", "[{\"key\":");
        assertInvalid("events", "events", "{\"key\":\"k\"}");
        assertInvalid("metrics", "begin_session", "1", "metrics", "{\"_os\":");
        assertInvalid("metrics", "begin_session", "1", "metrics", "[\"Android\"]");
        assertInvalid("user_details", "user_details", "{name:}");
        assertInvalid("consent", "consent", "yes");
    }

    // ---- events

    @Test
    void aRequestCarriesAtMost1000EventsAndTheRestAreDropped() throws Refusal {
        assertEquals(1000, parse("events", events(1000)).events().size());
        List<EventRecord> kept = parse("events", events(1001)).events();
        assertEquals(1000, kept.size());
        assertEquals("e999", kept.get(999).key());
    }

    @Test
    void onlyAnUnreadableEventsParameterRefusesTheRequest() {
        assertInvalid("events", "events", "[{\"key\":");
        assertInvalid("events", "events", "{\"key\":\"k\"}");
    }

    /** The one good event among bad ones, as the parser keeps it. */
    private EventRecord keptAmongBad(String badEvent) throws Refusal {
        List<EventRecord> kept = parse("events", "[" + badEvent + ",{\"key\":\"good\",\"count\":2}]").events();
        assertEquals(1, kept.size(), badEvent + " is dropped");
        return kept.get(0);
    }

    private static String events(int n) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("{\"key\":\"e").append(i).append("\",\"count\":1}");
        }
        return json.append(']').toString();
    }

    @Test
    void anEventKeyOf128CharactersOrMoreIsInvalid() throws Refusal {
        assertEquals("k".repeat(127), onlyEvent("[{\"key\":\"" + "k".repeat(127) + "\"}]").key());
        assertEquals("good", keptAmongBad("{\"key\":\"" + "k".repeat(128) + "\"}").key());
        assertEquals("good", keptAmongBad("{\"key\":\"" + "k".repeat(1 << 20) + "\"}").key());
    }

    @Test
    void anEventWithoutAStringKeyIsDropped() throws Refusal {
        assertEquals(2, keptAmongBad("{\"count\":1}").count());
        assertEquals(2, keptAmongBad("{\"key\":\"\"}").count());
        assertEquals(2, keptAmongBad("{\"key\":42}").count());
        assertEquals(2, keptAmongBad("\"not an event\"").count());
    }

    @Test
    void countDefaultsToOneAndSumKeepsFiveDecimals() throws Refusal {
        EventRecord e = onlyEvent("[{\"key\":\"in_app_purchase\",\"sum\":2.9700049,\"dur\":12.5}]");
        assertEquals("in_app_purchase", e.key());
        assertEquals(1, e.count());
        assertEquals(2.97, e.sum());
        assertEquals(12.5, e.dur());
        EventRecord seed = onlyEvent("[{\"key\":\"in_app_purchase\",\"count\":3,\"sum\":2.97}]");
        assertEquals(3, seed.count());
        assertEquals(2.97, seed.sum());
        assertEquals(0.0, seed.dur());
    }

    @Test
    void anEventWithABadNumberIsDropped() throws Refusal {
        for (String bad : List.of("{\"key\":\"k\",\"dur\":-1}", "{\"key\":\"k\",\"count\":-2}",
                "{\"key\":\"k\",\"sum\":\"lots\"}", "{\"key\":\"k\",\"count\":1e50000000}",
                "{\"key\":\"k\",\"sum\":\"1e50000000\"}", "{\"key\":\"k\",\"dur\":1E+400}",
                "{\"key\":\"k\",\"count\":2000000000}", "{\"key\":\"k\",\"timestamp\":1e50000000}",
                "{\"key\":\"k\",\"sum\":\"NaN\"}")) {
            assertEquals("good", keptAmongBad(bad).key(), bad);
        }
        assertEquals(0.0015, onlyEvent("[{\"key\":\"k\",\"sum\":1.5e-3}]").sum(), "a small exponent is a number");
    }

    @Test
    void segmentKeysLoseALeadingDollarAndTheirDots() throws Refusal {
        assertEquals(Map.of("priceusd", "9:99", "country", "Turkey", "app_version", "1:0"),
                segmentation("{\"$price.usd\":\"9.99\",\"country\":\"Turkey\",\"$$app_version\":\"1.0\"}"));
    }

    @Test
    void aSegmentKeyLeftEmptyIsSkipped() throws Refusal {
        assertEquals(Map.of("a", "x"), segmentation("{\"$\":\"gone\",\"..\":\"gone\",\"a\":\"x\"}"));
    }

    @Test
    void dayNumbersAreMarkedSoTheyDoNotReadAsDays() throws Refusal {
        Map<String, String> s = segmentation(
                "{\"a\":\"1\",\"b\":\"9\",\"c\":\"10\",\"d\":\"31\",\"e\":\"32\",\"f\":\"0\",\"g\":\"01\",\"h\":\"100\"}");
        assertEquals(Map.of("a", "[CLY]1", "b", "[CLY]9", "c", "[CLY]10", "d", "[CLY]31", "e", "32", "f", "0",
                "g", "01", "h", "100"), s);
    }

    @Test
    void numbersAndBooleansBecomeStringsAndArraysAndObjectsAreSkipped() throws Refusal {
        Map<String, String> s = segmentation(
                "{\"level\":7,\"score\":120,\"ratio\":3.5,\"paid\":true,\"trial\":false,"
                        + "\"tags\":[\"a\",\"b\"],\"nested\":{\"x\":1},\"none\":null}");
        assertEquals(Map.of("level", "[CLY]7", "score", "120", "ratio", "3:5", "paid", "true", "trial", "false"), s);
    }

    @Test
    void segmentsKeepTheOrderTheSdkSentThem() throws Refusal {
        assertEquals(List.of("tier", "area", "mode"),
                List.copyOf(segmentation("{\"tier\":\"gold\",\"area\":\"north\",\"mode\":\"hard\"}").keySet()));
    }

    @Test
    void aPageViewCountsWhenItOpensAndItsClosingAddsOnlyDuration() throws Refusal {
        EventRecord open = onlyEvent("[{\"key\":\"[CLY]_view\",\"count\":1,"
                + "\"segmentation\":{\"name\":\"Settings\",\"visit\":1,\"start\":1,\"segment\":\"Android\"}}]");
        assertEquals(1, open.count());
        assertEquals(Map.of("name", "Settings", "segment", "Android"), open.segmentation(), "visit and start are markers");
        EventRecord close = onlyEvent("[{\"key\":\"[CLY]_view\",\"count\":1,\"dur\":42,"
                + "\"segmentation\":{\"name\":\"Settings\",\"exit\":1,\"segment\":\"Android\"}}]");
        assertEquals(0, close.count());
        assertEquals(42, close.dur());
        assertEquals(Map.of("name", "Settings", "segment", "Android"), close.segmentation());
        assertEquals(1, onlyEvent("[{\"key\":\"[CLY]_view\",\"segmentation\":{\"name\":\"A\",\"visit\":\"1\"}}]").count());
        assertEquals(1, onlyEvent("[{\"key\":\"[CLY]_view\",\"segmentation\":{\"name\":\"A\",\"visit\":true}}]").count());
        assertEquals(2, onlyEvent("[{\"key\":\"other\",\"count\":2,\"segmentation\":{\"visit\":0}}]").count(),
                "only page views read the markers");
    }

    @Test
    void anEventWhoseSegmentationIsNotAnObjectIsDropped() throws Refusal {
        assertEquals("good", keptAmongBad("{\"key\":\"k\",\"segmentation\":\"a=b\"}").key());
        assertEquals("good", keptAmongBad("{\"key\":\"k\",\"segmentation\":{\"" + "s".repeat(101) + "\":\"v\"}}").key());
        assertEquals(Map.of(), onlyEvent("[{\"key\":\"k\",\"segmentation\":null}]").segmentation());
    }

    @Test
    void anEventHappensAtItsOwnTimestampOrElseTheRequests() throws Refusal {
        long request = NOW - 600;
        long own = NOW - 7200;
        List<EventRecord> events = parse("timestamp", Long.toString(request), "events",
                "[{\"key\":\"a\",\"timestamp\":" + own * 1000 + "},{\"key\":\"b\"},{\"key\":\"c\",\"timestamp\":"
                        + (NOW + 99) + "}]").events();
        assertEquals(own, events.get(0).timestamp());
        assertEquals(request, events.get(1).timestamp());
        assertEquals(NOW, events.get(2).timestamp()); // clamped like the request's
        assertEquals("good", keptAmongBad("{\"key\":\"a\",\"timestamp\":\"soon\"}").key());
    }

    // ---- location

    @Test
    void countryCodeWinsOverGeoIp() throws Refusal {
        Report r = parse("country_code", "tr", "city", "Izmir", "ip_address", SENT_IP);
        assertEquals("TR", r.country());
        assertEquals("Izmir", r.city());
        assertEquals(List.of(), located);
    }

    @Test
    void aCountryCodeIsTwoLetters() {
        assertInvalid("country_code", "country_code", "TUR");
    }

    @Test
    void anEmptyLocationMeansOptedOut() throws Refusal {
        Report r = parse("location", "");
        assertEquals("Unknown", r.country());
        assertNull(r.city());
        assertEquals(List.of(), located);
    }

    @Test
    void coordinatesAreKeptAndTheAddressStillNamesTheCountry() throws Refusal {
        Report r = parse("location", "52.52,13.405", "city", "Berlin");
        assertEquals("DE", r.country(), "no offline database turns coordinates into a country: the address does");
        assertEquals("Berlin", r.city(), "a sent city wins over the address's");
        assertEquals("[52.52,13.405]", r.properties().get("location"));
        assertEquals(1, located.size(), "the address was located");
    }

    @Test
    void coordinatesGiveWayToACountryCode() throws Refusal {
        Report r = parse("location", "-33.9,18.4", "country_code", "za");
        assertEquals("ZA", r.country());
        assertEquals("[-33.9,18.4]", r.properties().get("location"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"52.52", "91,0", "0,181", "north,east", "1e50000000,1", "52.52;13.4"})
    void aLocationThatIsNotTwoCoordinatesIsIgnored(String location) throws Refusal {
        Report r = parse("location", location);
        assertEquals("DE", r.country());
        assertNull(r.properties().get("location"));
        assertEquals(List.of(CLIENT), located);
    }

    @Test
    void withoutACountryTheClientAddressIsLocated() throws Refusal {
        Report r = parse();
        assertEquals("DE", r.country());
        assertEquals("Berlin", r.city());
        assertEquals(List.of(CLIENT), located);
    }

    @Test
    void theIpAddressParameterIsPreferredToTheClientAddress() throws Refusal {
        Report r = parse("begin_session", "1", "ip_address", SENT_IP);
        assertEquals("FR", r.country());
        assertEquals("Paris", r.city());
        assertEquals(List.of(SENT_IP), located);
    }

    @Test
    void anEmptyIpAddressParameterFallsBackToTheClientAddress() throws Refusal {
        assertEquals("DE", parse("ip_address", "").country());
    }

    @Test
    void aCityParameterWinsOverTheGeoIpCity() throws Refusal {
        Report r = parse("city", "Potsdam");
        assertEquals("DE", r.country());
        assertEquals("Potsdam", r.city());
    }

    @Test
    void anAddressGeoIpDoesNotKnowLeavesTheCountryUnset() throws Refusal {
        Report r = parser.parse(APP, request(), arrival("10.0.0.1", NOW_MILLIS));
        assertNull(r.country());
        assertNull(r.city());
        assertNull(parser.parse(APP, request(), arrival("unknown", NOW_MILLIS)).country());
    }

    // ---- device merge

    @Test
    void oldDeviceIdNamesTheDeviceToMerge() throws Refusal {
        assertEquals("OLD", parse("old_device_id", "OLD").oldDeviceId());
        assertNull(parse("old_device_id", "BBB").oldDeviceId());
        assertNull(parse().oldDeviceId());
    }

    // ---- fingerprint

    @Test
    void theSameParametersInAnotherOrderHaveTheSameFingerprint() throws Refusal {
        Map<String, String> reversed = new LinkedHashMap<>();
        reversed.put("session_duration", "30");
        reversed.put("timestamp", "1778670000");
        reversed.put("device_id", "BBB");
        reversed.put("app_key", "AAA");
        Report a = parse("timestamp", "1778670000", "session_duration", "30");
        Report b = parse(reversed);
        assertArrayEquals(a.fingerprint(), b.fingerprint());
    }

    @Test
    void checksumQueueSizeAndCallbackDoNotChangeTheFingerprint() throws Refusal {
        byte[] plain = parse("timestamp", "1778670000", "session_duration", "30").fingerprint();
        byte[] signed = parse("timestamp", "1778670000", "session_duration", "30", "checksum", "ABC",
                "checksum256", "DEF", "rr", "4", "callback", "fn").fingerprint();
        assertArrayEquals(plain, signed);
    }

    @Test
    void aChangedValueChangesTheFingerprint() throws Refusal {
        byte[] a = parse("timestamp", "1778670000", "session_duration", "30").fingerprint();
        byte[] b = parse("timestamp", "1778670000", "session_duration", "31").fingerprint();
        byte[] c = parse("timestamp", "1778670001", "session_duration", "30").fingerprint();
        byte[] d = parse("timestamp", "1778670000", "session_duration", "30", "hour", "3").fingerprint();
        assertFalse(Arrays.equals(a, b));
        assertFalse(Arrays.equals(a, c));
        assertFalse(Arrays.equals(a, d));
    }

    @Test
    void namesAndValuesCannotBeShiftedIntoEachOther() {
        byte[] a = ReportParser.fingerprint(Map.of("ab", "c"), 0, 0);
        byte[] b = ReportParser.fingerprint(Map.of("a", "bc"), 0, 0);
        assertFalse(Arrays.equals(a, b));
    }
    @Test
    void withoutATimestampTheArrivalMillisecondMakesTwoRequestsTwo() throws Refusal {
        Map<String, String> params = request("session_duration", "30");
        byte[] first = parser.parse(APP, params, arrival(CLIENT, NOW_MILLIS)).fingerprint();
        byte[] again = parser.parse(APP, params, arrival(CLIENT, NOW_MILLIS + 1)).fingerprint();
        byte[] sameMoment = parser.parse(APP, params, arrival(CLIENT, NOW_MILLIS)).fingerprint();
        assertFalse(Arrays.equals(first, again));
        assertArrayEquals(first, sameMoment);
    }

    @Test
    void unstampedItemsOfOneBulkAreTwoRequestsAndStampedOnesStayTheSame() throws Refusal {
        Map<String, String> unstamped = request("session_duration", "30");
        assertFalse(Arrays.equals(parser.parse(APP, unstamped, arrival(CLIENT, NOW_MILLIS), 0).fingerprint(),
                parser.parse(APP, unstamped, arrival(CLIENT, NOW_MILLIS), 1).fingerprint()));
        Map<String, String> stamped = request("timestamp", "1778670000", "session_duration", "30");
        assertArrayEquals(parser.parse(APP, stamped, arrival(CLIENT, NOW_MILLIS), 0).fingerprint(),
                parser.parse(APP, stamped, arrival(CLIENT, NOW_MILLIS), 1).fingerprint());
    }

    @Test
    void withATimestampTheArrivalTimeDoesNotMatter() throws Refusal {
        Map<String, String> params = request("timestamp", "1778670000", "session_duration", "30");
        assertArrayEquals(parser.parse(APP, params, arrival(CLIENT, NOW_MILLIS)).fingerprint(),
                parser.parse(APP, params, arrival(CLIENT, NOW_MILLIS + 5_000)).fingerprint());
    }

    // ---- carrier

    @Test
    void aSessionsMetricsWithoutANamedCarrierCountUnderUnknown() throws Refusal {
        assertEquals("Unknown", parse("begin_session", "1", "metrics", "{\"_os\":\"Android\"}").metrics().get("carriers"));
        assertEquals("Unknown", parse("begin_session", "1", "metrics", "{\"_carrier\":\"--\"}").metrics().get("carriers"));
        assertEquals("Unknown", parse("begin_session", "1", "metrics", "{\"_carrier\":\"a1b2c3d4e5f6a7b8\"}")
                .metrics().get("carriers"));
        assertEquals("Vodafone", parse("begin_session", "1", "metrics", "{\"_carrier\":\"Vodafone\"}").metrics().get("carriers"));
        assertEquals(Map.of(), parse("begin_session", "1").metrics());
    }
}
