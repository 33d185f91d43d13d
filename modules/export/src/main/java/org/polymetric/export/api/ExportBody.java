package org.polymetric.export.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.polymetric.export.domain.ExportQuery;
import org.polymetric.export.domain.ExportRefusal;
import org.polymetric.export.domain.Interval;

/**
 * The body of an export request as the client sent it, read strictly: one JSON object whose
 * fields are those of Peer5's export, each of its type, none twice. {@code from} and {@code to}
 * are judged by their text before any arithmetic: a whole number of at most 15 digits (ms since
 * the Unix epoch reach 15 digits in the year 33658), no fraction, no exponent. What the fields
 * may hold is {@link ExportQuery#of}'s to decide.
 */
public record ExportBody(Long from, Long to, String interval, List<String> metrics, Map<String, List<String>> filters,
                         List<String> dimensions) {
    public static final List<String> FIELDS = List.of("from", "to", "interval", "metrics", "filters", "dimensions");
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,15}");

    /** The query the body asks for, checked against the server's clock {@code nowMs}. */
    public ExportQuery query(long nowMs) {
        return ExportQuery.of(from, to, interval, metrics, filters, dimensions, nowMs);
    }

    /** Reads a body; a refusal names the field that is wrong ({@code body} for the whole). */
    public static ExportBody parse(byte[] body) {
        if (body.length == 0) {
            throw new ExportRefusal("body", "the body is empty: send a JSON object with from, to, interval and metrics");
        }
        try (JsonParser p = Json.createParser(new ByteArrayInputStream(body))) {
            return read(p);
        } catch (JsonException e) {
            // Parsson's refusals of malformed text, and nothing else: numbers are judged by their text
            // (getString), which Parsson never converts, so its number limits (an
            // UnsupportedOperationException or NumberFormatException from getBigDecimal) cannot arise
            // here; a number too long or too large is its field's refusal, never "not valid JSON"
            throw new ExportRefusal("body", "the body is not valid JSON: send one JSON object with from, to, interval and metrics");
        }
    }

    private static ExportBody read(JsonParser p) {
        if (!p.hasNext() || p.next() != JsonParser.Event.START_OBJECT) {
            throw new ExportRefusal("body", "the body must be a JSON object with from, to, interval and metrics");
        }
        Long from = null;
        Long to = null;
        String interval = null;
        List<String> metrics = null;
        Map<String, List<String>> filters = null;
        List<String> dimensions = null;
        Set<String> seen = new HashSet<>();
        for (JsonParser.Event e = p.next(); e != JsonParser.Event.END_OBJECT; e = p.next()) {
            String name = p.getString();
            if (!FIELDS.contains(name)) {
                throw new ExportRefusal("body", "unknown field \"" + name + "\": the fields are " + String.join(", ", FIELDS));
            }
            if (!seen.add(name)) {
                throw new ExportRefusal(name, name + " is given twice");
            }
            switch (name) {
                case "from" -> from = whole(p, name);
                case "to" -> to = whole(p, name);
                case "interval" -> {
                    if (p.next() != JsonParser.Event.VALUE_STRING) {
                        throw new ExportRefusal(name, "interval must be a string: one of " + Interval.NAMES);
                    }
                    interval = p.getString();
                }
                case "metrics" -> metrics = strings(p, name, "metrics must be an array of strings");
                case "dimensions" -> dimensions = strings(p, name, "dimensions must be an array of strings");
                default -> filters = filters(p);
            }
        }
        if (p.hasNext()) {
            throw new ExportRefusal("body", "the body must be one JSON object, with nothing after it");
        }
        return new ExportBody(from, to, interval, metrics, filters, dimensions);
    }

    private static Long whole(JsonParser p, String name) {
        String rule = name + " must be a whole number of milliseconds since the Unix epoch (at most 15 digits, no fraction or exponent)";
        if (p.next() != JsonParser.Event.VALUE_NUMBER) {
            throw new ExportRefusal(name, rule);
        }
        String text = p.getString();
        if (!WHOLE.matcher(text).matches()) {
            throw new ExportRefusal(name, rule);
        }
        return Long.parseLong(text);
    }

    private static List<String> strings(JsonParser p, String field, String rule) {
        if (p.next() != JsonParser.Event.START_ARRAY) {
            throw new ExportRefusal(field, rule);
        }
        List<String> out = new ArrayList<>();
        for (JsonParser.Event e = p.next(); e != JsonParser.Event.END_ARRAY; e = p.next()) {
            if (e != JsonParser.Event.VALUE_STRING) {
                throw new ExportRefusal(field, rule);
            }
            out.add(p.getString());
        }
        return out;
    }

    private static Map<String, List<String>> filters(JsonParser p) {
        if (p.next() != JsonParser.Event.START_OBJECT) {
            throw new ExportRefusal("filters", "filters must be an object: {\"<dimension>\": [\"<value>\", ...]}");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (JsonParser.Event e = p.next(); e != JsonParser.Event.END_OBJECT; e = p.next()) {
            String key = p.getString();
            if (out.containsKey(key)) {
                throw new ExportRefusal("filters", "filter \"" + key + "\" is given twice");
            }
            out.put(key, strings(p, "filters", "the values of filter \"" + key + "\" must be an array of strings"));
        }
        return out;
    }
}
