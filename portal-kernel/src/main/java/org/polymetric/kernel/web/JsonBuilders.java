package org.polymetric.kernel.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.Collection;
import java.util.Map;

/**
 * JSON-P builders and readers from factories made once. {@code Json.createObjectBuilder()} looks the
 * provider up through the service loader on every call, which scanned the class path for each
 * object and made a 100-game list spend most of its time there.
 */
public final class JsonBuilders {
    private static final JsonBuilderFactory FACTORY = Json.createBuilderFactory(Map.of());
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private JsonBuilders() {
    }

    public static JsonObjectBuilder object() {
        return FACTORY.createObjectBuilder();
    }

    /** An object from nested maps, lists, strings and numbers (as JSON-P converts them). */
    public static JsonObjectBuilder object(Map<String, ?> values) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) values;
        return FACTORY.createObjectBuilder(map);
    }

    public static JsonArrayBuilder array() {
        return FACTORY.createArrayBuilder();
    }

    public static JsonArrayBuilder array(Collection<?> values) {
        return FACTORY.createArrayBuilder(values);
    }

    /**
     * The value's JSON text for a page's {@code <script type="application/json">} block. Names
     * there come from SDKs and users: {@code </script>} would end the block and {@code <!--<script>}
     * would make the parser swallow the rest of the page, so {@code <}, {@code >} and {@code &}
     * travel as JSON's escapes (backslash, u, 003c and so on). Outside strings JSON has none
     * of them, so the text parses to the same value.
     */
    public static String forScript(JsonValue value) {
        String json = value.toString();
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Parses one JSON text; throws {@link jakarta.json.JsonException} when it is not exactly one value. */
    public static JsonValue parse(String text) {
        // a JsonReader stops after the first value and ignores the rest ("1 2" read as 1,
        // "[1]]" as [1]); JavaScript's JSON.parse, which the dialects' own servers use, refuses both
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new JsonException("no JSON value");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new JsonException("more than one JSON value");
            }
            return value;
        } catch (RuntimeException e) {
            // a number, an exponent or a nesting past Parsson's limits is as much not JSON as any
            // other text it refuses; anything else is a fault, not the text's
            if (e instanceof JsonException || !ParserLimits.reached(e)) {
                throw e;
            }
            throw new JsonException("not one JSON value: " + e.getMessage(), e);
        }
    }
}
