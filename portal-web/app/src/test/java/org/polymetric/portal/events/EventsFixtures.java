package org.polymetric.portal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.Golden;
import org.polymetric.portal.PortalClient;

/**
 * What the Countly read ITs share: games with a time zone, people and their API tokens, SDK
 * requests sent to {@code /i} with explicit timestamps, read calls with {@code api_key}, and an
 * exact comparison of JSON answers (keys in any order, numbers by value) that fails with both
 * texts laid out side by side.
 */
final class EventsFixtures {
    /** No daylight saving since 2016: a local day is always 24 hours, whatever the date. */
    static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    private EventsFixtures() {
    }

    /**
     * A game whose buckets are cut in {@code zone}. The write API keeps what it learns of an app
     * key for 5 s, so the zone is set before the key is ever used.
     */
    static long game(long studioId, String title, ZoneId zone) {
        long id = Fixtures.game(studioId, title);
        Fixtures.execute("UPDATE game SET timezone = ? WHERE id = ?", zone.getId(), id);
        return id;
    }

    /** The game's Countly {@code app_key}. */
    static String appKey(long gameId) {
        return Fixtures.text("SELECT game_key FROM game WHERE id = ?", gameId);
    }

    /** A user holding {@code level} on the resource; returns the e-mail address. */
    static String person(String prefix, String resource, long id, String level) {
        String email = Fixtures.user(prefix);
        Fixtures.grant(email, resource, id, level);
        return email;
    }

    /** Name, value pairs URL-encoded as a query string. */
    static String query(String... nameValue) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i + 1 < nameValue.length; i += 2) {
            q.append(q.length() == 0 ? "" : "&").append(enc(nameValue[i])).append('=').append(enc(nameValue[i + 1]));
        }
        return q.toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Epoch seconds of a local time in {@code zone}. */
    static long epoch(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toEpochSecond();
    }

    /** Epoch seconds of {@code time} on {@code day} in {@code zone}. */
    static long epoch(LocalDate day, int hour, int minute, ZoneId zone) {
        return epoch(day.atTime(hour, minute), zone);
    }

    /**
     * One SDK request to {@code /i} as the mobile SDKs send it ({@code timestamp} in ms, the
     * device's own {@code hour}, {@code dow} and {@code tz} in UTC: the app's zone must win), plus
     * the given parameters; fails unless Countly's {@code Success}.
     */
    static void sdk(PortalClient c, String appKey, String device, long epochSeconds, String... params) {
        ZonedDateTime utc = java.time.Instant.ofEpochSecond(epochSeconds).atZone(ZoneId.of("UTC"));
        List<String> all = new ArrayList<>(List.of("app_key", appKey, "device_id", device,
                "timestamp", Long.toString(epochSeconds * 1000), "hour", Integer.toString(utc.getHour()),
                "dow", Integer.toString(utc.getDayOfWeek().getValue() % 7), "tz", "0",
                "sdk_name", "java-native-android", "sdk_version", "23.8.0"));
        all.addAll(List.of(params));
        HttpResponse<String> r = c.get("/i?" + query(all.toArray(String[]::new)));
        assertEquals(200, r.statusCode(), "write " + all + ": " + r.body());
        assertEquals("Success", PortalClient.json(r).getString("result"), "write " + all + ": " + r.body());
    }

    /** The {@code metrics} of a {@code begin_session}, as a JSON text. */
    static String metrics(String os, String osVersion, String device, String resolution, String carrier, String appVersion) {
        return Json.createObjectBuilder().add("_os", os).add("_os_version", osVersion).add("_device", device)
                .add("_resolution", resolution).add("_carrier", carrier).add("_app_version", appVersion).build().toString();
    }

    /** A read with the token as {@code api_key}; {@code path} is {@code /o} or below it, under any prefix. */
    static HttpResponse<String> read(PortalClient c, String path, String token, String... params) {
        List<String> all = new ArrayList<>();
        if (token != null) {
            all.addAll(List.of("api_key", token));
        }
        all.addAll(List.of(params));
        return c.get(path + (all.isEmpty() ? "" : "?" + query(all.toArray(String[]::new))));
    }

    /** A read that must answer 200; its body. */
    static String ok(PortalClient c, String path, String token, String... params) {
        HttpResponse<String> r = read(c, path, token, params);
        assertEquals(200, r.statusCode(), path + " " + List.of(params) + ": " + r.body());
        return r.body();
    }

    /** The answer's JSON must be exactly the golden file's (under {@code golden/events/}). */
    static void assertGolden(String file, String actual) {
        assertJson(Golden.load("events/" + file).toString(), actual, file);
    }

    static void assertJson(String expected, String actual) {
        assertJson(expected, actual, "");
    }

    /** Exactly the same JSON: the same keys at every level (in any order), the same array order, numbers by value. */
    static void assertJson(String expected, String actual, String message) {
        assertEquals(canonical(PortalClient.jsonOf(expected)), canonical(PortalClient.jsonOf(actual)), message);
    }

    /** The JSON laid out with sorted keys, one member a line, numbers without trailing zeros. */
    static String canonical(JsonValue v) {
        StringBuilder out = new StringBuilder();
        write(v, "", out);
        return out.toString();
    }

    private static void write(JsonValue v, String indent, StringBuilder out) {
        switch (v.getValueType()) {
            case OBJECT -> {
                JsonObject o = v.asJsonObject();
                if (o.isEmpty()) {
                    out.append("{}");
                    return;
                }
                out.append("{\n");
                List<String> keys = new ArrayList<>(new TreeSet<>(o.keySet()));
                for (int i = 0; i < keys.size(); i++) {
                    out.append(indent).append("  ").append(Json.createValue(keys.get(i))).append(": ");
                    write(o.get(keys.get(i)), indent + "  ", out);
                    out.append(i + 1 < keys.size() ? ",\n" : "\n");
                }
                out.append(indent).append('}');
            }
            case ARRAY -> {
                JsonArray a = v.asJsonArray();
                boolean flat = a.stream().noneMatch(x -> x instanceof JsonObject || x instanceof JsonArray);
                out.append('[');
                for (int i = 0; i < a.size(); i++) {
                    if (!flat) {
                        out.append('\n').append(indent).append("  ");
                    }
                    write(a.get(i), indent + "  ", out);
                    out.append(i + 1 < a.size() ? (flat ? ", " : ",") : "");
                }
                out.append(flat || a.isEmpty() ? "" : "\n" + indent).append(']');
            }
            case NUMBER -> out.append(new BigDecimal(v.toString()).stripTrailingZeros().toPlainString());
            case STRING -> out.append(Json.createValue(((JsonString) v).getString()));
            default -> out.append(v);
        }
    }

    /**
     * Waits while the local clock in {@code zone} is within a few minutes of midnight, so that
     * data written "today" and read back are on the same day and "today" has a past to write in.
     */
    static void awayFromMidnight(ZoneId zone) throws InterruptedException {
        LocalTime now = LocalTime.now(zone);
        if (now.isAfter(LocalTime.of(23, 54))) {
            Thread.sleep(Duration.between(now, LocalTime.MAX).toMillis() + 3 * 60_000L);
        } else if (now.isBefore(LocalTime.of(0, 3))) {
            Thread.sleep(Duration.between(now, LocalTime.of(0, 3)).toMillis() + 1000);
        }
    }
}
