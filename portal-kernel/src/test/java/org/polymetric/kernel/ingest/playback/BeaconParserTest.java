package org.polymetric.kernel.ingest.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BeaconParserTest {
    static final long NOW = 1_700_000_000_000L;
    /** The issue's example beacon, ending a second before {@link #NOW}. */
    static final String FULL = "{\"app_key\": \"k1\", \"device_id\": \"d-1\", \"session_id\": \"s-1\","
            + " \"timestamp\": " + (NOW - 1000) + ", \"interval_ms\": 10000,"
            + " \"channel_id\": \"news\", \"stream_id\": \"0x78e31cc7\", \"stream_uri\": \"https://cdn.example/news.m3u8\","
            + " \"bitrate\": \"4000\", \"representation_id\": \"2 of 4\","
            + " \"cdn_bytes\": 1200000, \"p2p_bytes\": 3400000, \"played_ms\": 10000, \"rebuffered_ms\": 250,"
            + " \"buffer_health_ms\": 12000, \"buffer_filling_rate\": 1.4,"
            + " \"response_time_ms\": {\"cdn\": 80, \"p2p\": 35}, \"dropped_frames\": 2,"
            + " \"p2p_compatible\": false, \"connection_type\": \"WIFI\", \"page\": \"/live/news\"}";
    static final String MINIMAL = "{\"app_key\": \"k1\", \"device_id\": \"d-1\", \"timestamp\": " + NOW
            + ", \"interval_ms\": 10000, \"channel_id\": \"news\", \"stream_id\": \"s\"}";

    static BeaconParser.Parsed parse(String body) {
        return BeaconParser.parse(body.getBytes(StandardCharsets.UTF_8), NOW);
    }

    /** The minimal beacon with one field replaced or added (value as JSON text). */
    static String with(String field, String json) {
        String rest = MINIMAL.substring(1).replaceAll("\"" + field + "\": [^,}]+,? ?", "");
        return ("[{\"" + field + "\": " + json + (rest.startsWith("}") ? "" : ", ") + rest + "]").replace(", }", "}");
    }

    static String without(String field) {
        return "[" + MINIMAL.replaceAll("\"" + field + "\": [^,}]+(, )?", "").replace(", }", "}") + "]";
    }

    static void refused(String body, int index, String message) {
        BeaconParser.Parsed parsed = parse(body);
        assertNotNull(parsed.refusal(), body);
        assertEquals(index, parsed.refusal().index(), body);
        assertEquals(message, parsed.refusal().getMessage(), body);
    }

    @Test
    void readsEveryFieldOfTheIssuesExample() {
        BeaconParser.Parsed parsed = parse("[" + FULL + "]");
        assertNull(parsed.refusal());
        BeaconReport b = parsed.beacons().get(0);
        assertEquals("k1", b.appKey());
        assertEquals("d-1", b.deviceId());
        assertEquals("s-1", b.sessionId());
        assertEquals(NOW - 1000, b.timestampMs());
        assertEquals(10000, b.intervalMs());
        assertEquals("news", b.channelId());
        assertEquals("0x78e31cc7", b.streamId());
        assertEquals("https://cdn.example/news.m3u8", b.streamUri());
        assertEquals("4000", b.bitrate());
        assertEquals("2 of 4", b.representationId());
        assertEquals(1200000, b.cdnBytes());
        assertEquals(3400000, b.p2pBytes());
        assertEquals(10000, b.playedMs());
        assertEquals(250, b.rebufferedMs());
        assertEquals(12000L, b.bufferHealthMs());
        assertEquals(1.4, b.bufferFillingRate());
        assertEquals(80L, b.responseTimeCdnMs());
        assertEquals(35L, b.responseTimeP2pMs());
        assertEquals(2, b.droppedFrames());
        assertFalse(b.p2pCompatible());
        assertEquals("WIFI", b.connectionType());
        assertEquals("/live/news", b.page());
        assertNull(b.browser());
        assertNull(b.countryCode());
    }

    @Test
    void theRestDefaults() {
        BeaconReport b = parse("[" + MINIMAL + "]").beacons().get(0);
        assertEquals("", b.sessionId());
        assertEquals("", b.streamUri());
        assertEquals("", b.bitrate());
        assertEquals("", b.representationId());
        assertEquals("", b.page());
        assertEquals("", b.connectionType());
        assertEquals(0, b.cdnBytes());
        assertEquals(0, b.p2pBytes());
        assertEquals(0, b.playedMs());
        assertEquals(0, b.rebufferedMs());
        assertEquals(0, b.droppedFrames());
        assertNull(b.bufferHealthMs());
        assertNull(b.bufferFillingRate());
        assertNull(b.responseTimeCdnMs());
        assertNull(b.responseTimeP2pMs());
        assertTrue(b.p2pCompatible());
    }

    @Test
    void nullIsAbsentForOptionalFields() {
        BeaconReport b = parse(with("buffer_health_ms", "null").replace("}]",
                ", \"session_id\": null, \"response_time_ms\": {\"cdn\": null}, \"p2p_compatible\": null}]")).beacons().get(0);
        assertNull(b.bufferHealthMs());
        assertNull(b.responseTimeCdnMs());
        assertEquals("", b.sessionId());
        assertTrue(b.p2pCompatible());
    }

    @Test
    void overridesAreRead() {
        BeaconReport b = parse(with("os", "\"Mac\"").replace("}]", ", \"platform\": \"ANDROID\", \"browser\": \"Firefox\","
                + " \"country_code\": \"fr\", \"city\": \"Lyon\", \"isp\": \"Orange\"}]")).beacons().get(0);
        assertEquals("Mac", b.os());
        assertEquals("ANDROID", b.platform());
        assertEquals("Firefox", b.browser());
        assertEquals("FR", b.countryCode());
        assertEquals("Lyon", b.city());
        assertEquals("Orange", b.isp());
        assertTrue(b.describesDevice());
    }

    @ParameterizedTest
    @ValueSource(strings = {"app_key", "device_id", "timestamp", "interval_ms", "channel_id", "stream_id"})
    void everyRequiredFieldIsRequired(String field) {
        refused(without(field), 0, field + " is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"app_key", "device_id", "channel_id", "stream_id"})
    void requiredStringsMustNotBeEmpty(String field) {
        refused(with(field, "\"\""), 0, field + " must not be empty");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "app_key|1|app_key must be a string",
            "device_id|true|device_id must be a string",
            "channel_id|{\"a\": 1}|channel_id must be a string",
            "stream_id|[\"s\"]|stream_id must be a string",
            "page|5|page must be a string",
            "timestamp|\"1700000000000\"|timestamp must be an integer",
            "interval_ms|10000.0|interval_ms must be an integer from 0 to 9223372036854775807",
            "interval_ms|1e4|interval_ms must be an integer from 0 to 9223372036854775807",
            "cdn_bytes|-1|cdn_bytes must not be negative",
            "cdn_bytes|1e3|cdn_bytes must be an integer from 0 to 10000000000000",
            "p2p_bytes|10000000000001|p2p_bytes must be an integer from 0 to 10000000000000",
            "played_ms|99999999999999999999999|played_ms must be an integer from 0 to 86400000",
            "timestamp|9999999999999999999|timestamp must be an integer from 0 to 9223372036854775807",
            "interval_ms|9223372036854775808|interval_ms must be an integer from 0 to 9223372036854775807",
            "played_ms|9999999999999999999|played_ms must be an integer from 0 to 86400000",
            "buffer_filling_rate|1e400|buffer_filling_rate must be a number from 0 to 1000000",
            "dropped_frames|1e999999999|dropped_frames must be an integer from 0 to 1000000000",
            "buffer_filling_rate|\"1.4\"|buffer_filling_rate must be a number",
            "buffer_filling_rate|-0.5|buffer_filling_rate must be a number from 0 to 1000000",
            "buffer_filling_rate|1e999999999|buffer_filling_rate must be a number from 0 to 1000000",
            "p2p_compatible|\"true\"|p2p_compatible must be true or false",
            "p2p_compatible|1|p2p_compatible must be true or false",
            "response_time_ms|80|response_time_ms must be an object with cdn and p2p",
            "response_time_ms|{\"cdn\": 1.5}|response_time_ms.cdn must be an integer from 0 to 86400000",
            "country_code|\"FRA\"|country_code must be at most 2 characters",
            "country_code|\"1x\"|country_code must be two letters (ISO 3166-1 alpha-2)",
            "interval_ms|999|interval_ms must be from 1000 to 300000",
            "interval_ms|300001|interval_ms must be from 1000 to 300000",
    })
    void wrongTypesAndBoundsAreRefusedByIndex(String field, String json, String message) {
        refused(with(field, json), 0, message);
    }

    @Test
    void aNumberOfHalfAMegabyteIsRefusedByItsText() {
        // refused by the number grammar's length bound, before any BigDecimal is made of it (the
        // range message is the grammar's); no clock here: a timed unit test fails on a busy machine
        refused(with("cdn_bytes", "9".repeat(500_000)), 0, "cdn_bytes must be an integer from 0 to 10000000000000");
        refused(with("buffer_filling_rate", "0." + "1".repeat(500_000)), 0, "buffer_filling_rate must be a number from 0 to 1000000");
    }

    @Test
    void numbersPastParssonsOwnLimitAreOutOfRangeNotBadJson() {
        // Parsson refuses to convert a number of over 1 100 characters; the parser never asks it to
        String long1200 = "9".repeat(1200);
        refused(with("timestamp", long1200), 0, "timestamp must be an integer from 0 to 9223372036854775807");
        refused(with("buffer_filling_rate", long1200), 0, "buffer_filling_rate must be a number from 0 to 1000000");
        refused(with("response_time_ms", "{\"p2p\": " + long1200 + "}"), 0,
                "response_time_ms.p2p must be an integer from 0 to 86400000");
        assertNull(parse(with("extra", "[" + long1200 + ", 1e400]")).refusal(), "an unknown field's numbers are skipped");
    }

    @Test
    void stringLengthsAreBounded() {
        refused(with("device_id", "\"" + "d".repeat(129) + "\""), 0, "device_id must be at most 128 characters");
        refused(with("stream_uri", "\"" + "u".repeat(2049) + "\""), 0, "stream_uri must be at most 2048 characters");
        assertNull(parse(with("page", "\"" + "p".repeat(2048) + "\"")).refusal());
        // the modules' key widths: streamstats stores bitrate in 32 characters and representation_id in 64
        refused(with("bitrate", "\"" + "9".repeat(33) + "\""), 0, "bitrate must be at most 32 characters");
        assertNull(parse(with("bitrate", "\"" + "9".repeat(32) + "\"")).refusal());
        refused(with("representation_id", "\"" + "r".repeat(65) + "\""), 0, "representation_id must be at most 64 characters");
        assertNull(parse(with("representation_id", "\"" + "r".repeat(64) + "\"")).refusal());
        // breakdown values are stored upper-cased: 40 × ß is 80 characters then
        refused(with("os", "\"" + "ß".repeat(40) + "\""), 0, "os must be at most 64 characters in upper case");
        refused(with("platform", "\"" + "ß".repeat(33) + "\""), 0, "platform must be at most 64 characters in upper case");
        refused(with("connection_type", "\"" + "ß".repeat(33) + "\""), 0, "connection_type must be at most 64 characters in upper case");
        assertNull(parse(with("os", "\"" + "ß".repeat(32) + "\"")).refusal());
        refused(with("connection_type", "\"" + "w".repeat(65) + "\""), 0, "connection_type must be at most 64 characters");
        assertNull(parse(with("connection_type", "\"" + "w".repeat(64) + "\"")).refusal());
        assertNull(parse(with("app_key", "\"" + "k".repeat(128) + "\"")).refusal());
    }

    @Test
    void halfACharacterIsRefused() {
        refused(with("channel_id", "\"news\\ud800\""), 0, "channel_id must be valid Unicode text");
        refused(with("device_id", "\"\\udc00d\""), 0, "device_id must be valid Unicode text");
        refused(with("stream_id", "\"s\\ud800\\ud800\\udc00\""), 0, "stream_id must be valid Unicode text");
        BeaconParser.Parsed pair = parse(with("channel_id", "\"news \\ud83d\\udcfa\""));
        assertNull(pair.refusal());
        assertEquals("news \ud83d\udcfa", pair.beacons().get(0).channelId());
    }

    @Test
    void theTimeWindowIs48HoursBackAnd10MinutesAhead() {
        assertNull(parse(with("timestamp", Long.toString(NOW - 48 * 3_600_000L))).refusal());
        refused(with("timestamp", Long.toString(NOW - 48 * 3_600_000L - 1)), 0, "timestamp is more than 48 h in the past");
        assertNull(parse(with("timestamp", Long.toString(NOW + 600_000))).refusal());
        refused(with("timestamp", Long.toString(NOW + 600_001)), 0, "timestamp is more than 10 min in the future");
    }

    @Test
    void theFirstBadBeaconIsNamedAndTheOnesBeforeItAreKept() {
        String bad = MINIMAL.replace("\"d-1\"", "7");
        BeaconParser.Parsed parsed = parse("[" + MINIMAL + ", " + MINIMAL + ", " + bad + ", " + bad + "]");
        assertEquals(2, parsed.refusal().index());
        assertEquals("device_id must be a string", parsed.refusal().getMessage());
        assertEquals(2, parsed.beacons().size());
        refused("[" + MINIMAL + ", 5]", 1, "a beacon must be a JSON object");
        refused("[" + MINIMAL.replace("}", ", \"device_id\": \"again\"}") + "]", 0, "duplicate field device_id");
    }

    @Test
    void unknownFieldsAreIgnoredWithinANestingBound() {
        assertNull(parse("[" + MINIMAL.replace("}", ", \"extra\": {\"a\": [1, 2, {\"b\": null}]}}") + "]").refusal());
        String deep = "[".repeat(9) + "]".repeat(9);
        refused("[" + MINIMAL.replace("}", ", \"extra\": " + deep + "}") + "]", 0, "field extra nests deeper than 8 levels");
    }

    @Test
    void theBodyMustBeAnArrayOfAtMost1000() {
        refused("", -1, "the body must be a JSON array of beacons");
        refused("{}", -1, "the body must be a JSON array of beacons");
        refused("[" + MINIMAL, -1, "the body is not valid JSON");
        refused("[" + MINIMAL + "] []", -1, "the body is not valid JSON");
        refused("[" + MINIMAL + ",]", -1, "the body is not valid JSON");
        refused("[" + "[".repeat(100_000), 0, "a beacon must be a JSON object");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(MINIMAL);
        }
        assertEquals(1000, parse("[" + String.join(",", many) + "]").beacons().size());
        many.add(MINIMAL);
        refused("[" + String.join(",", many) + "]", -1, "a request carries at most 1000 beacons");
        assertTrue(parse("[]").beacons().isEmpty());
        assertNull(parse("[]").refusal());
    }
}
