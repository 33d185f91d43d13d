package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;

/**
 * Compares an answer with a golden file taken from a vendor document's sample: the same keys at
 * every level and the same JSON types (a sample's value may be null in a real answer, e.g. an
 * {@code archived_at} of a game never archived). Values differ by nature and are checked elsewhere.
 */
public final class Golden {
    private Golden() {
    }

    public static JsonValue load(String resource) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + resource)) {
            if (in == null) {
                throw new AssertionError("no golden file " + resource);
            }
            return PortalClient.jsonOf(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertShape(String resource, JsonValue actual) {
        assertShape(resource, load(resource), actual, "$");
    }

    private static void assertShape(String file, JsonValue golden, JsonValue actual, String path) {
        if (actual.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        assertEquals(kind(golden), kind(actual), file + " " + path + ": type");
        if (golden instanceof JsonObject g) {
            JsonObject a = actual.asJsonObject();
            assertEquals(new TreeSet<>(g.keySet()), new TreeSet<>(a.keySet()), file + " " + path + ": keys");
            for (String key : g.keySet()) {
                assertShape(file, g.get(key), a.get(key), path + "." + key);
            }
        } else if (golden instanceof JsonArray g && !g.isEmpty()) {
            for (JsonValue item : actual.asJsonArray()) {
                assertShape(file, g.get(0), item, path + "[]");
            }
        }
    }

    private static String kind(JsonValue v) {
        return switch (v.getValueType()) {
            case TRUE, FALSE -> "boolean";
            default -> v.getValueType().name();
        };
    }
}
