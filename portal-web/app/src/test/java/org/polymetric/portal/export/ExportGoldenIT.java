package org.polymetric.portal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Golden;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;

/**
 * Peer5's three export examples (seed {@code 002}) as golden files under {@code golden/export/}:
 * the request body, the JSON answer and the CSV answer, values compared exactly.
 *
 * <p>The seed's range is 2017-11-01 00:00 to 01:00 UTC, far outside what {@code 1m} may ask and
 * what the kernel takes (beacons at most 48 h old). Every timestamp of the files ({@code from},
 * {@code to}, {@code timestamp}, the CSV's first column) is therefore shifted by the same whole
 * number of hours, to the hour that started two hours before the current one, and the beacons
 * are posted there.
 *
 * <p>The seed abbreviates its one-hour range to its two first minutes. Without dimensions every
 * interval of the range is in the answer, so the request asks for the whole hour, as the seed's,
 * and the answer must be the seed's two rows followed by the 58 other minutes with zeros. With a
 * dimension only combinations with data appear, so the answer is exactly the seed's two rows.
 *
 * <p>The seed's examples describe two data sets (its third example has Chrome in the second
 * minute, its second none), so each example reads a game of its own whose beacons make exactly its
 * numbers, several devices adding up to a row, and beacons just outside the range that must not
 * count.
 */
class ExportGoldenIT extends PortalIT {
    private static final long SEED_FROM = 1_509_494_400_000L;
    private static final long MINUTE = 60_000;
    private static final long HOUR = 3_600_000;

    /** The shifted start of the seed's range: a whole hour, so the shift is a whole number of hours. */
    private final long from = System.currentTimeMillis() / HOUR * HOUR - 2 * HOUR;
    private final long shift = from - SEED_FROM;

    /** The seed's first two examples: a minute of Chrome (two devices), a minute of Firefox. */
    private ExportApi chromeThenFirefox(String title) {
        return ExportApi.Posted.of(client(), title, key -> List.of(
                Play.of(key, "d-1", from + MINUTE).bytes(400, 1_000),
                Play.of(key, "d-2", from + MINUTE).bytes(600, 1_500),
                Play.of(key, "d-3", from + 2 * MINUTE).bytes(2_000, 500).with("browser.name", "Firefox"),
                Play.of(key, "d-4", from).bytes(77, 77),
                Play.of(key, "d-5", from + HOUR + MINUTE).bytes(88, 88).with("browser.name", "Firefox"))).api();
    }

    @Test
    void httpAndP2pPerMinuteForAnHour() {
        ExportApi api = chromeThenFirefox("Per minute");
        assertGolden(api, "per-minute", true);
    }

    @Test
    void httpAndP2pPerMinuteSplitByBrowser() {
        ExportApi api = chromeThenFirefox("By browser");
        assertGolden(api, "per-minute-by-browser", false);
    }

    @Test
    void httpAndP2pPerMinuteOfOneBrowser() {
        ExportApi api = ExportApi.Posted.of(client(), "Chrome only", key -> List.of(
                Play.of(key, "d-1", from + MINUTE).bytes(1_000, 2_500),
                Play.of(key, "d-2", from + 2 * MINUTE).bytes(700, 1_000),
                Play.of(key, "d-3", from + 2 * MINUTE).bytes(800, 2_000).with("country.code", "FR"),
                Play.of(key, "d-4", from + MINUTE).bytes(5_000, 5_000).with("browser.name", "Firefox"),
                Play.of(key, "d-5", from + 2 * MINUTE).bytes(2_000, 500).with("browser.name", "Firefox"),
                Play.of(key, "d-6", from + 3 * MINUTE).bytes(9_000, 9_000).with("browser.name", "Chromium"))).api();
        assertGolden(api, "per-minute-chrome", true);
    }

    /**
     * The example's answers, JSON then CSV, equal its golden files shifted; {@code everyMinute}: the
     * range's other minutes follow the seed's rows, with zeros.
     */
    private void assertGolden(ExportApi api, String example, boolean everyMinute) {
        String request = shifted(Golden.load("export/" + example + ".request.json")).toString();
        JsonObject expected = shifted(Golden.load("export/" + example + ".json")).asJsonObject();
        List<String> csv = new ArrayList<>(text("export/" + example + ".csv").lines().toList());
        for (int i = 1; i < csv.size(); i++) {
            String line = csv.get(i);
            csv.set(i, (Long.parseLong(line.substring(0, line.indexOf(','))) + shift) + line.substring(line.indexOf(',')));
        }
        if (everyMinute) {
            Set<Long> seen = new HashSet<>();
            JsonArrayBuilder data = Json.createArrayBuilder(expected.getJsonArray("data"));
            expected.getJsonArray("data").forEach(row -> seen.add(row.asJsonObject().getJsonNumber("timestamp").longValue()));
            for (long t = from; t < from + HOUR; t += MINUTE) {
                if (!seen.contains(t)) {
                    data.add(Json.createObjectBuilder().add("timestamp", t).add("http", 0).add("p2p", 0));
                    csv.add(t + ",0,0");
                }
            }
            expected = Json.createObjectBuilder(expected).add("data", data).build();
            assertEquals(60, expected.getJsonArray("data").size());
        }
        HttpResponse<String> json = api.post("", request);
        assertEquals(200, json.statusCode(), json.body());
        assertEquals(expected, PortalClient.json(json), example + ".json");
        assertEquals(String.join("\n", csv) + "\n", api.csv("", request), example + ".csv");
    }

    /** The value with every {@code from}, {@code to} and {@code timestamp} moved by the shift. */
    private JsonValue shifted(JsonValue v) {
        if (v instanceof JsonObject o) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            o.forEach((k, value) -> b.add(k, Set.of("from", "to", "timestamp").contains(k)
                    ? Json.createValue(o.getJsonNumber(k).longValueExact() + shift) : shifted(value)));
            return b.build();
        }
        if (v.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            v.asJsonArray().forEach(item -> b.add(shifted(item)));
            return b.build();
        }
        return v;
    }

    private static String text(String resource) {
        try (InputStream in = ExportGoldenIT.class.getResourceAsStream("/golden/" + resource)) {
            if (in == null) {
                throw new AssertionError("no golden file " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
