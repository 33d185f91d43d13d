package org.polymetric.portal.export;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One player beacon as a test sends it to {@code POST /api/ingest/playback}: the interval
 * {@code [endMs - intervalMs, endMs)}, the four amounts and the six values the export splits by
 * (named by Peer5's keys; the beacon names browser, OS and platform itself, so no user agent is
 * read, and its country, so the request's address places nothing). Also what the beacon adds to
 * an export interval, worked out here by the spread rule streamstats and export share.
 */
record Play(String appKey, String device, long endMs, long intervalMs, long http, long p2p, long played,
            long rebuffered, Map<String, String> values) {
    static final String[] KEYS = {"browser.name", "country.code", "city.name", "isp.name", "os.name", "session.page"};

    /** A 60-second beacon ending at {@code endMs}, from Chrome on macOS in Boston, with no bytes yet. */
    static Play of(String appKey, String device, long endMs) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("browser.name", "Chrome");
        v.put("country.code", "US");
        v.put("city.name", "Boston");
        v.put("isp.name", "Comcast");
        v.put("os.name", "Mac OS");
        v.put("session.page", "https://video.example/live");
        return new Play(appKey, device, endMs, 60_000, 0, 0, 0, 0, v);
    }

    Play lasting(long ms) {
        return new Play(appKey, device, endMs, ms, http, p2p, played, rebuffered, values);
    }

    Play bytes(long cdn, long peers) {
        return new Play(appKey, device, endMs, intervalMs, cdn, peers, played, rebuffered, values);
    }

    Play times(long playedMs, long rebufferedMs) {
        return new Play(appKey, device, endMs, intervalMs, http, p2p, playedMs, rebufferedMs, values);
    }

    /** The same beacon with Peer5's {@code key} (e.g. {@code browser.name}) set to {@code value}. */
    Play with(String key, String value) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("not a dimension: " + key);
        }
        Map<String, String> v = new LinkedHashMap<>(values);
        v.put(key, value);
        return new Play(appKey, device, endMs, intervalMs, http, p2p, played, rebuffered, v);
    }

    long startMs() {
        return endMs - intervalMs;
    }

    String value(String key) {
        return values.get(key);
    }

    String json() {
        JsonObjectBuilder b = Json.createObjectBuilder().add("app_key", appKey).add("device_id", device)
                .add("timestamp", endMs).add("interval_ms", intervalMs).add("channel_id", "news").add("stream_id", "s1")
                .add("cdn_bytes", http).add("p2p_bytes", p2p).add("played_ms", played).add("rebuffered_ms", rebuffered)
                .add("browser", value("browser.name")).add("platform", value("browser.name")).add("os", value("os.name"))
                .add("city", value("city.name")).add("isp", value("isp.name")).add("page", value("session.page"));
        String country = value("country.code");
        // the kernel takes two letters or nothing: "" is a beacon the address could not place
        return (country.isEmpty() ? b.addNull("country_code") : b.add("country_code", country)).build().toString();
    }

    /** The beacon's milliseconds in {@code [from, to)}. */
    long overlap(long from, long to) {
        return Math.max(0, Math.min(to, endMs) - Math.max(from, startMs()));
    }

    /**
     * The part of {@code amount} in {@code [from, to)}: the part before an instant t is
     * floor(amount × (t - start) / length), a range's share the difference at its two ends.
     */
    long share(long amount, long from, long to) {
        long a = Math.max(from, startMs());
        long b = Math.min(to, endMs);
        return b <= a ? 0 : before(amount, b) - before(amount, a);
    }

    private long before(long amount, long t) {
        return BigInteger.valueOf(amount).multiply(BigInteger.valueOf(t - startMs()))
                .divide(BigInteger.valueOf(intervalMs)).longValueExact();
    }
}
