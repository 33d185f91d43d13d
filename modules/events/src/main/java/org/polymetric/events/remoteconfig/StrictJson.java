package org.polymetric.events.remoteconfig;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;

/**
 * One JSON text and nothing after it, as JavaScript's {@code JSON.parse} reads it. A JSON reader
 * stops after the first value and ignores the rest ({@code "1 2"} reads as 1), which would let a
 * typing mistake in a value through and read filters Countly refuses to read.
 */
final class StrictJson {
    private StrictJson() {
    }

    /** @throws JsonException (or another runtime exception of the parser) when it is not exactly one value */
    static JsonValue parse(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new JsonException("more than one JSON value");
            }
            return value;
        } catch (UnsupportedOperationException e) {
            // the parser's answer to a number over its length limit
            throw new JsonException("a number is longer than the parser takes", e);
        }
    }
}
