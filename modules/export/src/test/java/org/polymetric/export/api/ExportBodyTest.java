package org.polymetric.export.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polymetric.export.domain.ExportRefusal;

class ExportBodyTest {
    private static ExportBody parse(String json) {
        return ExportBody.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void refused(String field, String message, String json) {
        ExportRefusal r = assertThrows(ExportRefusal.class, () -> parse(json));
        assertEquals(message, r.getMessage());
        assertEquals(field, r.field());
    }

    private static final String FROM_RULE = "from must be a whole number of milliseconds since the Unix epoch (at most 15 digits, no fraction or exponent)";
    private static final String BODY_RULE = "the body is not valid JSON: send one JSON object with from, to, interval and metrics";

    @Test
    void readsTheSeedsBodyWithEveryField() {
        ExportBody b = parse("""
                {"from": 1509494400000, "to": 1509498000000, "interval": "1m", "metrics": ["http", "p2p"],
                 "filters": {"country.code": ["US", "FR"], "os.name": [""]}, "dimensions": ["browser.name"]}""");
        assertEquals(1509494400000L, b.from());
        assertEquals(1509498000000L, b.to());
        assertEquals("1m", b.interval());
        assertEquals(List.of("http", "p2p"), b.metrics());
        assertEquals(Map.of("country.code", List.of("US", "FR"), "os.name", List.of("")), b.filters());
        assertEquals(List.of("browser.name"), b.dimensions());
    }

    @Test
    void absentFieldsAreNullForTheRulesToName() {
        ExportBody b = parse("{}");
        assertNull(b.from());
        assertNull(b.metrics());
        assertNull(b.filters());
        assertNull(b.dimensions());
    }

    @Test
    void theBodyIsOneJsonObject() {
        refused("body", "the body is empty: send a JSON object with from, to, interval and metrics", "");
        refused("body", "the body must be a JSON object with from, to, interval and metrics", "[1, 2]");
        refused("body", "the body must be a JSON object with from, to, interval and metrics", "\"from\"");
        refused("body", BODY_RULE, "{\"from\": 1");
        refused("body", BODY_RULE, "{\"from\": 1} {}");
        refused("body", BODY_RULE, "not json");
        // numbers are judged by their text, never evaluated
        refused("from", FROM_RULE, "{\"from\": 1e99999999999}");
    }

    @Test
    void unknownAndRepeatedFieldsAreRefused() {
        refused("body", "unknown field \"game\": the fields are from, to, interval, metrics, filters, dimensions",
                "{\"game\": 1, \"from\": 0}");
        refused("body", "unknown field \"From\": the fields are from, to, interval, metrics, filters, dimensions", "{\"From\": 0}");
        refused("from", "from is given twice", "{\"from\": 0, \"from\": 60000}");
    }

    @Test
    void fromAndToAreWholeNumbersJudgedByTheirText() {
        refused("from", FROM_RULE, "{\"from\": \"1509494400000\"}");
        refused("from", FROM_RULE, "{\"from\": 1509494400000.0}");
        refused("from", FROM_RULE, "{\"from\": 1.5094944E12}");
        refused("from", FROM_RULE, "{\"from\": 1e3}");
        refused("from", FROM_RULE, "{\"from\": 1234567890123456}");
        refused("from", FROM_RULE, "{\"from\": " + "9".repeat(1000) + "}");
        // past a long, and past Parsson's own limit of 1 100 characters: out of range, never "not valid JSON"
        refused("from", FROM_RULE, "{\"from\": 9999999999999999999}");
        refused("to", FROM_RULE.replace("from must", "to must"), "{\"to\": 1e400}");
        refused("from", FROM_RULE, "{\"from\": " + "9".repeat(1200) + "}");
        refused("from", FROM_RULE, "{\"from\": null}");
        refused("from", FROM_RULE, "{\"from\": true}");
        refused("to", FROM_RULE.replace("from must", "to must"), "{\"to\": [1]}");
        assertEquals(999_999_999_999_999L, parse("{\"from\": 999999999999999}").from());
        // a negative number is a number: the rules say it may not be negative
        assertEquals(-60000L, parse("{\"to\": -60000}").to());
    }

    @Test
    void theIntervalIsAString() {
        refused("interval", "interval must be a string: one of 1m, 5m, 10m, 30m, 1h, 3h, 12h, 1d, 7d, 14d", "{\"interval\": 1}");
        refused("interval", "interval must be a string: one of 1m, 5m, 10m, 30m, 1h, 3h, 12h, 1d, 7d, 14d", "{\"interval\": [\"1m\"]}");
    }

    @Test
    void metricsAndDimensionsAreArraysOfStrings() {
        refused("metrics", "metrics must be an array of strings", "{\"metrics\": \"http\"}");
        refused("metrics", "metrics must be an array of strings", "{\"metrics\": [\"http\", 1]}");
        refused("metrics", "metrics must be an array of strings", "{\"metrics\": [null]}");
        refused("metrics", "metrics must be an array of strings", "{\"metrics\": " + "[".repeat(10_000) + "}");
        refused("dimensions", "dimensions must be an array of strings", "{\"dimensions\": [[\"os.name\"]]}");
        refused("dimensions", "dimensions must be an array of strings", "{\"dimensions\": {}}");
    }

    @Test
    void filtersAreAnObjectOfArraysOfStrings() {
        refused("filters", "filters must be an object: {\"<dimension>\": [\"<value>\", ...]}", "{\"filters\": [\"os.name\"]}");
        refused("filters", "the values of filter \"os.name\" must be an array of strings", "{\"filters\": {\"os.name\": \"iOS\"}}");
        refused("filters", "the values of filter \"os.name\" must be an array of strings", "{\"filters\": {\"os.name\": [1]}}");
        refused("filters", "the values of filter \"os.name\" must be an array of strings", "{\"filters\": {\"os.name\": [null]}}");
        refused("filters", "filter \"os.name\" is given twice", "{\"filters\": {\"os.name\": [\"a\"], \"os.name\": [\"b\"]}}");
    }
}
