package org.polymetric.kernel.ingest.playback;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a request body of beacons: a JSON array of at most {@value #MAX_BEACONS} objects, each
 * checked field by field (types, bounds, the time window) as it streams past. Streaming, not a
 * tree: nothing nested deeper than a beacon's {@code response_time_ms} is ever built, so a hostile
 * body costs one pass over at most 1 MB. Numbers are judged by their text: integers are digits
 * only (no sign, fraction or exponent) within a long, so {@code 1e999999999} is refused before any
 * arithmetic. Stops at the first problem, in document order.
 */
final class BeaconParser {
    static final int MAX_BEACONS = 1_000;
    static final int MAX_ID = 128;
    static final int MAX_URI = 2_048;
    static final int MAX_NAME = 64;
    /** The stored key widths of the modules that roll beacons up (streamstats' scope key). */
    static final int MAX_BITRATE = 32;
    static final int MAX_REPRESENTATION = 64;
    static final int MAX_CITY = 100;
    static final int MAX_ISP = 200;
    static final int MIN_INTERVAL_MS = 1_000;
    static final int MAX_INTERVAL_MS = 300_000;
    /** Bytes in one interval at most: 10 TB, so that sums of many beacons stay far inside a long. */
    static final long MAX_BYTES = 10_000_000_000_000L;
    /** Any duration a beacon reports (played, rebuffered, buffer health, response time): at most a day. */
    static final long MAX_DURATION_MS = 86_400_000L;
    static final long MAX_FRAMES = 1_000_000_000L;
    static final double MAX_FILLING_RATE = 1_000_000;
    static final long PAST_MS = 48L * 3_600_000;
    static final long FUTURE_MS = 10L * 60_000;
    /** The largest integer a field can hold, as text: 19 digits that a longer or larger number exceeds. */
    private static final String LONG_DIGITS = Long.toString(Long.MAX_VALUE);
    /** Nesting allowed inside a field the kernel does not know (it is skipped). */
    private static final int MAX_UNKNOWN_DEPTH = 8;
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    /** The beacons read before the first problem, and that problem (null when there was none). */
    record Parsed(List<BeaconReport> beacons, BeaconRefusal refusal) {
    }

    private BeaconParser() {
    }

    /**
     * @param receivedAtMs the server's clock when the request arrived: the time window is around it
     */
    static Parsed parse(byte[] body, long receivedAtMs) {
        List<BeaconReport> beacons = new ArrayList<>();
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return new Parsed(beacons, new BeaconRefusal(-1, "the body must be a JSON array of beacons"));
        }
        try (JsonParser json = PARSERS.createParser(new StringReader(text))) {
            if (!json.hasNext() || json.next() != JsonParser.Event.START_ARRAY) {
                return new Parsed(beacons, new BeaconRefusal(-1, "the body must be a JSON array of beacons"));
            }
            while (true) {
                JsonParser.Event e = json.next();
                if (e == JsonParser.Event.END_ARRAY) {
                    break;
                }
                int index = beacons.size();
                if (index == MAX_BEACONS) {
                    return new Parsed(beacons, new BeaconRefusal(-1, "a request carries at most " + MAX_BEACONS + " beacons"));
                }
                if (e != JsonParser.Event.START_OBJECT) {
                    return new Parsed(beacons, new BeaconRefusal(index, "a beacon must be a JSON object"));
                }
                try {
                    beacons.add(new Fields(json, receivedAtMs).read());
                } catch (Bad bad) {
                    return new Parsed(beacons, new BeaconRefusal(index, bad.getMessage()));
                }
            }
            if (json.hasNext()) {
                return new Parsed(beacons, notJson());
            }
            return new Parsed(beacons, null);
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            // Parsson's refusals of malformed text, and nothing else: numbers are read as their text
            // (getString), which Parsson never converts, so its number limits (an
            // UnsupportedOperationException or NumberFormatException from getBigDecimal) cannot arise
            // here; a number too long or too large is its field's range refusal, never "not valid JSON"
            return new Parsed(beacons, notJson());
        }
    }

    private static BeaconRefusal notJson() {
        return new BeaconRefusal(-1, "the body is not valid JSON");
    }

    /** A beacon's field is wrong; becomes the refusal with the beacon's index. */
    private static final class Bad extends Exception {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    /** One beacon's fields as they stream past. */
    private static final class Fields {
        private final JsonParser json;
        private final long receivedAtMs;
        private final Set<String> seen = new HashSet<>();
        private String appKey;
        private String deviceId;
        private String sessionId = "";
        private Long timestamp;
        private Long interval;
        private String channelId;
        private String streamId;
        private String streamUri = "";
        private String bitrate = "";
        private String representationId = "";
        private long cdnBytes;
        private long p2pBytes;
        private long playedMs;
        private long rebufferedMs;
        private Long bufferHealthMs;
        private Double bufferFillingRate;
        private Long responseTimeCdnMs;
        private Long responseTimeP2pMs;
        private long droppedFrames;
        private boolean p2pCompatible = true;
        private String connectionType = "";
        private String page = "";
        private String browser;
        private String os;
        private String platform;
        private String countryCode;
        private String city;
        private String isp;

        Fields(JsonParser json, long receivedAtMs) {
            this.json = json;
            this.receivedAtMs = receivedAtMs;
        }

        BeaconReport read() throws Bad {
            JsonParser.Event e;
            while ((e = json.next()) != JsonParser.Event.END_OBJECT) {
                String name = json.getString();
                JsonParser.Event value = json.next();
                if (!seen.add(name) && known(name)) {
                    throw new Bad("duplicate field " + name);
                }
                field(name, value);
            }
            return finish();
        }

        private static boolean known(String name) {
            return switch (name) {
                case "app_key", "device_id", "session_id", "timestamp", "interval_ms", "channel_id", "stream_id",
                     "stream_uri", "bitrate", "representation_id", "cdn_bytes", "p2p_bytes", "played_ms",
                     "rebuffered_ms", "buffer_health_ms", "buffer_filling_rate", "response_time_ms", "dropped_frames",
                     "p2p_compatible", "connection_type", "page", "browser", "os", "platform", "country_code", "city",
                     "isp" -> true;
                default -> false;
            };
        }

        private void field(String name, JsonParser.Event v) throws Bad {
            switch (name) {
                case "app_key" -> appKey = string(name, v, MAX_ID);
                case "device_id" -> deviceId = string(name, v, MAX_ID);
                case "session_id" -> sessionId = orEmpty(string(name, v, MAX_ID));
                case "timestamp" -> timestamp = integer(name, v, Long.MAX_VALUE);
                case "interval_ms" -> interval = integer(name, v, Long.MAX_VALUE);
                case "channel_id" -> channelId = string(name, v, MAX_ID);
                case "stream_id" -> streamId = string(name, v, MAX_ID);
                case "stream_uri" -> streamUri = orEmpty(string(name, v, MAX_URI));
                case "bitrate" -> bitrate = orEmpty(string(name, v, MAX_BITRATE));
                case "representation_id" -> representationId = orEmpty(string(name, v, MAX_REPRESENTATION));
                case "cdn_bytes" -> cdnBytes = orZero(integer(name, v, MAX_BYTES));
                case "p2p_bytes" -> p2pBytes = orZero(integer(name, v, MAX_BYTES));
                case "played_ms" -> playedMs = orZero(integer(name, v, MAX_DURATION_MS));
                case "rebuffered_ms" -> rebufferedMs = orZero(integer(name, v, MAX_DURATION_MS));
                case "buffer_health_ms" -> bufferHealthMs = integer(name, v, MAX_DURATION_MS);
                case "buffer_filling_rate" -> bufferFillingRate = decimal(name, v);
                case "response_time_ms" -> responseTimes(v);
                case "dropped_frames" -> droppedFrames = orZero(integer(name, v, MAX_FRAMES));
                case "p2p_compatible" -> p2pCompatible = bool(name, v);
                case "connection_type" -> connectionType = orEmpty(breakdown(name, v));
                case "page" -> page = orEmpty(string(name, v, MAX_URI));
                case "browser" -> browser = string(name, v, MAX_NAME);
                case "os" -> os = breakdown(name, v);
                case "platform" -> platform = breakdown(name, v);
                case "country_code" -> countryCode = country(v);
                case "city" -> city = string(name, v, MAX_CITY);
                case "isp" -> isp = string(name, v, MAX_ISP);
                default -> unknown(name, v);
            }
        }

        /** A field the kernel does not know is ignored (players may be newer), but its nesting is bounded. */
        private void unknown(String name, JsonParser.Event v) throws Bad {
            if (v != JsonParser.Event.START_ARRAY && v != JsonParser.Event.START_OBJECT) {
                return;
            }
            int depth = 1;
            while (depth > 0) {
                JsonParser.Event e = json.next();
                if (e == JsonParser.Event.START_ARRAY || e == JsonParser.Event.START_OBJECT) {
                    if (++depth > MAX_UNKNOWN_DEPTH) {
                        throw new Bad("field " + name + " nests deeper than " + MAX_UNKNOWN_DEPTH + " levels");
                    }
                } else if (e == JsonParser.Event.END_ARRAY || e == JsonParser.Event.END_OBJECT) {
                    depth--;
                }
            }
        }

        private void responseTimes(JsonParser.Event v) throws Bad {
            if (v == JsonParser.Event.VALUE_NULL) {
                return;
            }
            if (v != JsonParser.Event.START_OBJECT) {
                throw new Bad("response_time_ms must be an object with cdn and p2p");
            }
            Set<String> times = new HashSet<>();
            JsonParser.Event e;
            while ((e = json.next()) != JsonParser.Event.END_OBJECT) {
                String name = json.getString();
                JsonParser.Event value = json.next();
                if (!times.add(name)) {
                    throw new Bad("duplicate field response_time_ms." + name);
                }
                switch (name) {
                    case "cdn" -> responseTimeCdnMs = integer("response_time_ms.cdn", value, MAX_DURATION_MS);
                    case "p2p" -> responseTimeP2pMs = integer("response_time_ms.p2p", value, MAX_DURATION_MS);
                    default -> unknown("response_time_ms." + name, value);
                }
            }
        }

        private BeaconReport finish() throws Bad {
            required("app_key", appKey);
            required("device_id", deviceId);
            if (timestamp == null) {
                throw new Bad("timestamp is required");
            }
            if (interval == null) {
                throw new Bad("interval_ms is required");
            }
            required("channel_id", channelId);
            required("stream_id", streamId);
            if (interval < MIN_INTERVAL_MS || interval > MAX_INTERVAL_MS) {
                throw new Bad("interval_ms must be from " + MIN_INTERVAL_MS + " to " + MAX_INTERVAL_MS);
            }
            if (timestamp < receivedAtMs - PAST_MS) {
                throw new Bad("timestamp is more than 48 h in the past");
            }
            if (timestamp > receivedAtMs + FUTURE_MS) {
                throw new Bad("timestamp is more than 10 min in the future");
            }
            return new BeaconReport(appKey, deviceId, sessionId, timestamp, interval.intValue(), channelId, streamId,
                    streamUri, bitrate, representationId, cdnBytes, p2pBytes, playedMs, rebufferedMs, bufferHealthMs,
                    bufferFillingRate, responseTimeCdnMs, responseTimeP2pMs, droppedFrames, p2pCompatible,
                    connectionType, page, browser, os, platform, countryCode, city, isp);
        }

        private static void required(String name, String value) throws Bad {
            if (value == null) {
                throw new Bad(name + " is required");
            }
            if (value.isEmpty()) {
                throw new Bad(name + " must not be empty");
            }
        }

        /** A string of at most {@code max} characters; null for JSON null (absent). */
        private String string(String name, JsonParser.Event v, int max) throws Bad {
            if (v == JsonParser.Event.VALUE_NULL) {
                return null;
            }
            if (v != JsonParser.Event.VALUE_STRING) {
                throw new Bad(name + " must be a string");
            }
            String s = json.getString();
            if (s.length() > max) {
                throw new Bad(name + " must be at most " + max + " characters");
            }
            if (loneSurrogate(s)) {
                // "\ud800" escapes decode to half a character, which no UTF-8 column can store as sent
                throw new Bad(name + " must be valid Unicode text");
            }
            return s;
        }

        /**
         * A value modules count devices by (OS, platform, connection type): they store it upper-cased
         * (ROOT locale), which can lengthen it ({@code ß} is {@code SS}), so the bound holds for that form too.
         */
        private String breakdown(String name, JsonParser.Event v) throws Bad {
            String s = string(name, v, MAX_NAME);
            if (s != null && s.toUpperCase(Locale.ROOT).length() > MAX_NAME) {
                throw new Bad(name + " must be at most " + MAX_NAME + " characters in upper case");
            }
            return s;
        }

        private static boolean loneSurrogate(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }

        /** Digits only, 0 to {@code max}; null for JSON null (absent). */
        private Long integer(String name, JsonParser.Event v, long max) throws Bad {
            if (v == JsonParser.Event.VALUE_NULL) {
                return null;
            }
            if (v != JsonParser.Event.VALUE_NUMBER) {
                throw new Bad(name + " must be an integer");
            }
            // the number's text as sent: judged before any conversion, so no exponent is ever expanded
            String text = json.getString();
            if (text.startsWith("-")) {
                throw new Bad(name + " must not be negative");
            }
            if (!digits(text) || text.length() > LONG_DIGITS.length()
                    || text.length() == LONG_DIGITS.length() && text.compareTo(LONG_DIGITS) > 0) {
                // beyond a long is as out of range as beyond max, and Long.parseLong would refuse it
                throw new Bad(name + " must be an integer from 0 to " + max);
            }
            long value = Long.parseLong(text);
            if (value > max) {
                throw new Bad(name + " must be an integer from 0 to " + max);
            }
            return value;
        }

        private Double decimal(String name, JsonParser.Event v) throws Bad {
            if (v == JsonParser.Event.VALUE_NULL) {
                return null;
            }
            if (v != JsonParser.Event.VALUE_NUMBER) {
                throw new Bad(name + " must be a number");
            }
            String text = json.getString();
            // at most 32 characters and a three-digit exponent: Double.parseDouble is then cheap and exact enough
            if (text.length() > 32 || exponentDigits(text) > 3) {
                throw new Bad(name + " must be a number from 0 to " + (long) MAX_FILLING_RATE);
            }
            double value = Double.parseDouble(text);
            if (!(value >= 0 && value <= MAX_FILLING_RATE)) {
                throw new Bad(name + " must be a number from 0 to " + (long) MAX_FILLING_RATE);
            }
            return value;
        }

        private boolean bool(String name, JsonParser.Event v) throws Bad {
            if (v == JsonParser.Event.VALUE_TRUE) {
                return true;
            }
            if (v == JsonParser.Event.VALUE_FALSE) {
                return false;
            }
            if (v == JsonParser.Event.VALUE_NULL) {
                return p2pCompatible;
            }
            throw new Bad(name + " must be true or false");
        }

        private String country(JsonParser.Event v) throws Bad {
            String code = string("country_code", v, 2);
            if (code == null) {
                return null;
            }
            if (code.length() != 2 || !letter(code.charAt(0)) || !letter(code.charAt(1))) {
                throw new Bad("country_code must be two letters (ISO 3166-1 alpha-2)");
            }
            return code.toUpperCase(Locale.ROOT);
        }

        private static boolean letter(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }

        private static boolean digits(String text) {
            if (text.isEmpty()) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        private static int exponentDigits(String text) {
            int e = Math.max(text.indexOf('e'), text.indexOf('E'));
            if (e < 0) {
                return 0;
            }
            int start = e + 1 < text.length() && (text.charAt(e + 1) == '+' || text.charAt(e + 1) == '-') ? e + 2 : e + 1;
            return text.length() - start;
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }

        private static long orZero(Long n) {
            return n == null ? 0 : n;
        }
    }
}
