package org.polymetric.events.ingest;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.polymetric.events.domain.Metric;
import org.polymetric.kernel.geo.Geolocation;
import org.polymetric.kernel.geo.Place;
import org.polymetric.kernel.ingest.Arrival;
import org.polymetric.kernel.web.JsonBuilders;

/**
 * Turns a write request's parameters into a {@link Report}, or refuses it with Countly's own
 * result string. A bad request parameter refuses the request whole, so nothing of it is
 * half-stored and the SDK's retry cannot double-count; a bad event inside a readable
 * {@code events} array is dropped and the others kept, as Countly's server skips such events
 * (the SDK could never repair it by retrying). Every number is read through {@link StrictNumber}.
 */
public final class ReportParser {
    /** Countly's "no device" id: SDKs send it before consent; the request is answered and dropped. */
    public static final String ZERO_DEVICE = "00000000-0000-0000-0000-000000000000";
    /** Events one request may carry (those beyond are dropped); SDKs send at most 100 at a time. */
    public static final int MAX_EVENTS = 1000;
    public static final int MAX_KEY = 127;
    public static final int MAX_SEGMENT_KEY = 100;
    /** Largest {@code count} of one event: more could overflow a rollup's counter and fail its whole batch. */
    public static final long MAX_COUNT = 1_000_000_000L;
    public static final int MAX_VALUE = 191;
    public static final int MAX_DEVICE_ID = 191;
    /** Countly's cap on one {@code session_duration}, and what a negative one is taken for. */
    public static final int MAX_SESSION_DURATION = 86_400;
    public static final int NEGATIVE_SESSION_DURATION = 30;

    // parameters that do not make two requests different: the checksum itself, the SDK's queue size, JSONP
    private static final Set<String> NOT_PAYLOAD = Set.of("checksum", "checksum256", "rr", "callback");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    /**
     * Segment values Countly marks with {@link #DAY_MARK} when storing them: in its trees they
     * would read as days of a month. Pages take the mark off again ({@code web.ShownValues}).
     */
    public static final Pattern DAY_NUMBER = Pattern.compile("[1-9]|[12][0-9]|3[01]");
    public static final String DAY_MARK = "[CLY]";

    private final Geolocation geo;

    public ReportParser(Geolocation geo) {
        this.geo = geo;
    }

    /**
     * @param params  query and body merged (body wins); values as sent
     * @param arrival the request's arrival: the server's clock, and the caller's place for when
     *                the request gives no location (looked up once however many items share it)
     */
    public Report parse(App app, Map<String, String> params, Arrival arrival) throws Refusal {
        return parse(app, params, arrival, 0);
    }

    /**
     * One item of an {@code /i/bulk} batch: as {@link #parse(App, Map, Arrival)}, with the
     * item's index in its batch, which sets apart unstamped items that arrived together.
     *
     * @param item the item's index in its batch (0 for a single request)
     */
    public Report parse(App app, Map<String, String> params, Arrival arrival, int item) throws Refusal {
        long nowMillis = arrival.receivedAt().toEpochMilli();
        String deviceId = params.get("device_id");
        if (deviceId == null || deviceId.isEmpty() || deviceId.length() > MAX_DEVICE_ID) {
            throw deviceId == null || deviceId.isEmpty() ? Refusal.missing("app_key\" or \"device_id")
                    : Refusal.invalid("device_id");
        }
        long now = nowMillis / 1000;
        long timestamp = timestamp(params.get("timestamp"), "timestamp", now);
        boolean begin = flag(params.get("begin_session"));
        boolean end = flag(params.get("end_session"));
        Integer duration = sessionDuration(params.get("session_duration"));
        Map<String, String> properties = new LinkedHashMap<>();
        Map<String, String> metrics = Map.of();
        JsonObject rawMetrics = object(params, "metrics");
        if (rawMetrics != null && begin) {
            metrics = metrics(rawMetrics);
            properties.put("metrics", rawMetrics.toString());
        }
        JsonObject user = object(params, "user_details");
        if (user != null) {
            properties.put("user_details", user.toString());
        }
        JsonObject consent = object(params, "consent");
        if (consent != null) {
            properties.put("consent", consent.toString());
        }
        List<EventRecord> events = events(params.get("events"), timestamp, now);
        String country = null;
        String city = null;
        String code = params.get("country_code");
        String location = params.get("location");
        String coordinates = coordinates(location);
        if (coordinates != null) {
            properties.put("location", coordinates);
        }
        if (code != null && !code.isEmpty()) {
            if (!COUNTRY.matcher(code).matches()) {
                throw Refusal.invalid("country_code");
            }
            country = code.toUpperCase(Locale.ROOT);
            city = text(params.get("city"), 100);
        } else if (location != null && location.isEmpty()) {
            country = "Unknown";
        } else {
            // coordinates (kept above) place the device, but no offline database turns them into a
            // country: the address still names it, or a GPS-reporting app would count as Unknown
            String sent = params.get("ip_address");
            Optional<Place> place = sent == null || sent.isBlank() ? arrival.place() : geo.locate(sent.strip());
            if (place.isPresent()) {
                country = place.get().country();
                city = params.containsKey("city") ? text(params.get("city"), 100) : place.get().city();
            }
        }
        String old = params.get("old_device_id");
        if (old != null && (old.isEmpty() || old.length() > MAX_DEVICE_ID)) {
            throw Refusal.invalid("old_device_id");
        }
        return new Report(app, deviceId, timestamp, begin, duration, end, metrics, events, country, city, properties,
                old == null || old.equals(deviceId) ? null : old, fingerprint(params, nowMillis, item));
    }

    /**
     * Countly's {@code location=lat,lon} as the JSON array {@code [lat,lon]} kept on the device;
     * null when absent or not two coordinates in range (then it is ignored, as Countly does).
     */
    static String coordinates(String location) {
        if (location == null || location.isEmpty()) {
            return null;
        }
        int comma = location.indexOf(',');
        if (comma < 0) {
            return null;
        }
        BigDecimal lat = StrictNumber.parse(location.substring(0, comma));
        BigDecimal lon = StrictNumber.parse(location.substring(comma + 1));
        if (lat == null || lon == null || lat.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || lon.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            return null;
        }
        return "[" + lat.toPlainString() + "," + lon.toPlainString() + "]";
    }

    private static boolean flag(String v) {
        return v != null && !v.isEmpty() && !v.equals("0") && !v.equalsIgnoreCase("false");
    }

    /** Seconds or milliseconds (Countly takes both); a future one is clamped to now. */
    static long timestamp(String raw, String name, long now) throws Refusal {
        if (raw == null || raw.isEmpty()) {
            return now;
        }
        BigDecimal number = StrictNumber.parse(raw);
        if (number == null) {
            throw Refusal.invalid(name);
        }
        long value;
        try {
            value = number.setScale(0, RoundingMode.FLOOR).longValueExact();
        } catch (ArithmeticException e) {
            throw Refusal.invalid(name);
        }
        if (value < 0) {
            throw Refusal.invalid(name);
        }
        long seconds = value >= 100_000_000_000L ? value / 1000 : value;
        return Math.min(seconds, now);
    }

    private static Integer sessionDuration(String raw) throws Refusal {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        BigDecimal v = StrictNumber.parse(raw);
        if (v == null) {
            throw Refusal.invalid("session_duration");
        }
        return v.signum() < 0 ? NEGATIVE_SESSION_DURATION
                : v.setScale(0, RoundingMode.HALF_UP).min(BigDecimal.valueOf(MAX_SESSION_DURATION)).intValue();
    }

    private static JsonObject object(Map<String, String> params, String name) throws Refusal {
        String raw = params.get(name);
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        JsonValue v = json(raw, name);
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw Refusal.invalid(name);
        }
        return v.asJsonObject();
    }

    private static JsonValue json(String raw, String name) throws Refusal {
        try {
            return JsonBuilders.parse(raw);
        } catch (JsonException | IllegalStateException e) {
            throw Refusal.invalid(name);
        }
    }

    private static Map<String, String> metrics(JsonObject raw) {
        Map<String, String> out = new TreeMap<>();
        // Countly's processCarrier: a session's metrics without a carrier it can name count under Unknown
        out.put(Metric.CARRIER.family(), SessionRules.UNKNOWN);
        for (Map.Entry<String, JsonValue> m : raw.entrySet()) {
            Metric.byParameter(m.getKey()).ifPresent(metric -> {
                String value = scalar(m.getValue());
                if (value != null && !value.isBlank() && !(metric == Metric.CARRIER && unnamedCarrier(value))) {
                    out.put(metric.family(), metric == Metric.OS_VERSION
                            ? Metric.osVersion(scalar(raw.get("_os")), value) : Metric.clean(value));
                }
            });
        }
        return out;
    }

    /** What Countly takes for no carrier name: iOS's {@code --}, or a 16-character token without spaces. */
    private static boolean unnamedCarrier(String value) {
        return value.equals("--") || value.length() == 16 && value.indexOf(' ') < 0;
    }

    private List<EventRecord> events(String raw, long requestTime, long now) throws Refusal {
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        JsonValue v = json(raw, "events");
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw Refusal.invalid("events");
        }
        List<JsonValue> items = v.asJsonArray();
        List<EventRecord> out = new ArrayList<>(Math.min(items.size(), MAX_EVENTS));
        for (JsonValue item : items.subList(0, Math.min(items.size(), MAX_EVENTS))) {
            try {
                out.add(event(item, requestTime, now));
            } catch (Refusal dropped) {
                // Countly skips a malformed event and keeps the rest of the request
            }
        }
        return out;
    }

    private static EventRecord event(JsonValue item, long requestTime, long now) throws Refusal {
        if (item.getValueType() != JsonValue.ValueType.OBJECT) {
            throw Refusal.invalid("events");
        }
        JsonObject e = item.asJsonObject();
        String key = e.get("key") instanceof JsonString s ? s.getString() : null;
        if (key == null || key.isEmpty() || key.length() > MAX_KEY) {
            throw Refusal.invalid("events");
        }
        long count = (long) number(e, "count", 1);
        double sum = BigDecimal.valueOf(number(e, "sum", 0)).setScale(5, RoundingMode.HALF_UP).doubleValue();
        double dur = number(e, "dur", 0);
        if (dur < 0 || count < 0 || count > MAX_COUNT) {
            throw Refusal.invalid("events");
        }
        long when = requestTime;
        JsonValue ts = e.get("timestamp");
        if (ts != null && ts.getValueType() != JsonValue.ValueType.NULL) {
            when = timestamp(scalar(ts), "events", now);
        }
        // kept in the SDK's order: Countly lists an event's segments in the order they first came
        Map<String, String> segmentation = new LinkedHashMap<>();
        JsonValue seg = e.get("segmentation");
        if (seg != null && seg.getValueType() == JsonValue.ValueType.OBJECT) {
            for (Map.Entry<String, JsonValue> s : seg.asJsonObject().entrySet()) {
                String k = segmentKey(s.getKey());
                String value = scalar(s.getValue());
                if (k.isEmpty() || value == null) {
                    continue; // Countly skips arrays, objects and nulls
                }
                segmentation.put(k, segmentValue(value));
            }
        } else if (seg != null && seg.getValueType() != JsonValue.ValueType.NULL) {
            throw Refusal.invalid("events");
        }
        if (PageViews.KEY.equals(key)) {
            segmentation.keySet().removeAll(PageViews.MARKERS);
            count = PageViews.opensView(seg) ? count : 0;
        }
        return new EventRecord(key, count, sum, dur, segmentation, when);
    }

    private static double number(JsonObject e, String name, double absent) throws Refusal {
        JsonValue v = e.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return absent;
        }
        // a JSON number's text as the parser kept it (1e50000000 stays short there), a string's as sent
        BigDecimal d = StrictNumber.parse(v instanceof JsonNumber n ? n.toString()
                : v instanceof JsonString s ? s.getString() : null);
        if (d == null) {
            throw Refusal.invalid("events");
        }
        return d.doubleValue();
    }

    /** Segment keys lose a leading {@code $} and their dots (Countly's storage keys). */
    static String segmentKey(String raw) throws Refusal {
        String k = raw;
        while (k.startsWith("$")) {
            k = k.substring(1);
        }
        k = k.replace(".", "");
        if (k.length() > MAX_SEGMENT_KEY) {
            throw Refusal.invalid("events");
        }
        return k;
    }

    /**
     * A segment value as stored: dots as colons, day numbers marked (they would read as days in
     * Countly's trees), cut to size. Pages undo what can be undone ({@code web.ShownValues}).
     */
    public static String segmentValue(String raw) {
        String v = raw.replace('.', ':');
        if (DAY_NUMBER.matcher(v).matches()) {
            v = DAY_MARK + v;
        }
        return v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v;
    }

    private static String scalar(JsonValue v) {
        if (v == null) {
            return null;
        }
        return switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString();
            case NUMBER -> ((JsonNumber) v).isIntegral() ? ((JsonNumber) v).bigIntegerValue().toString() : v.toString();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> null;
        };
    }

    private static String text(String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }

    /**
     * SHA-1 over the parameters in name order, without those a retry may change. As in Countly's
     * request hash, a request without {@code timestamp} takes the server's arrival time in
     * milliseconds instead, so two such requests are two requests (an SDK always stamps its
     * retries, so only a stamped request can be the same one sent twice). The items of one bulk
     * arrive in the same millisecond, so an unstamped item also takes its index in the batch:
     * Countly handles the items one after another, each at its own time.
     */
    static byte[] fingerprint(Map<String, String> params, long arrivalMillis, int item) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            String stamp = params.get("timestamp");
            if (stamp == null || stamp.isEmpty()) {
                sha1.update(("arrival\0" + arrivalMillis + "\0" + item + "\1").getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, String> p : new TreeMap<>(params).entrySet()) {
                if (!NOT_PAYLOAD.contains(p.getKey())) {
                    sha1.update(p.getKey().getBytes(StandardCharsets.UTF_8));
                    sha1.update((byte) 0);
                    sha1.update(String.valueOf(p.getValue()).getBytes(StandardCharsets.UTF_8));
                    sha1.update((byte) 1);
                }
            }
            return sha1.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
