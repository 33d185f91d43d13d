package org.polymetric.organizations.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every invalid field of one request, with pydantic's messages and types (what
 * GameAnalytics' FastAPI answers), then fails once with all of them.
 */
final class Validation {
    private final List<Problem.Detail> details = new ArrayList<>();

    void fail(String where, String field, String msg, String type) {
        details.add(new Problem.Detail(List.of(where, field), msg, type));
    }

    /**
     * Integers as this API reads them, from a query, a path, a form or a JSON number's text: ASCII
     * digits with an optional minus, 18 digits at most (so a long holds them). Checked before any
     * parsing, so {@code 1e999999}, a million digits or other scripts' digits cost nothing.
     */
    static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");

    /** The text as a long when it is an {@link #INTEGER}; null otherwise. */
    static Long integer(String raw) {
        return raw != null && INTEGER.matcher(raw).matches() ? Long.parseLong(raw) : null;
    }

    /** An optional integer query parameter within bounds; null when absent. */
    Integer queryInt(String name, String raw, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        Long n = integer(raw);
        if (n == null) {
            fail("query", name, "value is not a valid integer", "type_error.integer");
        } else if (n < min) {
            fail("query", name, "ensure this value is greater than or equal to " + min, "value_error.number.not_ge");
        } else if (n > max) {
            fail("query", name, "ensure this value is less than or equal to " + max, "value_error.number.not_le");
        } else {
            return n.intValue();
        }
        return null;
    }

    /** An optional text query parameter (a filter) of at most {@code max} characters; null when absent or empty. */
    String queryText(String name, String raw, int max) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.length() > max) {
            fail("query", name, "ensure this value has at most " + max + " characters", "value_error.any_str.max_length");
            return null;
        }
        return raw;
    }

    /** A positive id from the path or a form field; null (and a detail) when it is not one. */
    Long id(String where, String name, String raw) {
        Long id = integer(raw);
        if (id == null || id < 1) {
            fail(where, name, "value is not a valid integer", "type_error.integer");
            return null;
        }
        return id;
    }

    /** Polymetric's {@code organization_id} query parameter, naming one of the caller's organizations. */
    Long organization(String raw) {
        Integer id = queryInt("organization_id", raw, 1, Integer.MAX_VALUE);
        return id == null ? null : id.longValue();
    }

    /** A query parameter that must be one of {@code allowed}; null when absent. */
    String queryEnum(String name, String raw, List<String> allowed) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (!allowed.contains(raw)) {
            fail("query", name, permitted(allowed), "type_error.enum");
            return null;
        }
        return raw;
    }

    /** A required or optional integer field of a JSON body. */
    Long bodyInt(JsonObject body, String field, boolean required) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            if (required) {
                fail("body", field, "field required", "value_error.missing");
            }
            return null;
        }
        // the number's text is checked first: 1e999999 would otherwise be expanded to a million digits
        if (v instanceof JsonNumber n && integer(n.toString()) != null) {
            return integer(n.toString());
        }
        fail("body", field, "value is not a valid integer", "type_error.integer");
        return null;
    }

    /** A required or optional string field of a JSON body, at most {@code max} characters. */
    String bodyString(JsonObject body, String field, boolean required, int max) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            if (required) {
                fail("body", field, "field required", "value_error.missing");
            }
            return null;
        }
        if (!(v instanceof JsonString s)) {
            fail("body", field, "str type expected", "type_error.str");
            return null;
        }
        if (s.getString().length() > max) {
            fail("body", field, "ensure this value has at most " + max + " characters", "value_error.any_str.max_length");
            return null;
        }
        return s.getString();
    }

    /** A required or optional string field that must be one of {@code allowed}. */
    String bodyEnum(JsonObject body, String field, boolean required, List<String> allowed) {
        String s = bodyString(body, field, required, 200);
        if (s != null && !allowed.contains(s)) {
            fail("body", field, permitted(allowed), "type_error.enum");
            return null;
        }
        return s;
    }

    /** An optional string field that must match {@code format} entirely, as pydantic's {@code regex} does. */
    String bodyMatching(JsonObject body, String field, Pattern format) {
        String s = bodyString(body, field, false, 200);
        if (s != null && !format.matcher(s).matches()) {
            fail("body", field, "string does not match regex \"^" + format.pattern() + "$\"", "value_error.str.regex");
            return null;
        }
        return s;
    }

    /** The request body must be a JSON object. */
    JsonObject object(JsonValue body) {
        if (body instanceof JsonObject o) {
            return o;
        }
        details.add(new Problem.Detail(List.of("body"), "value is not a valid dict", "type_error.dict"));
        throw Problem.unprocessable(details);
    }

    /** Throws 422 with every collected detail, if any. */
    void done() {
        if (!details.isEmpty()) {
            throw Problem.unprocessable(List.copyOf(details));
        }
    }

    static String permitted(List<String> allowed) {
        if (allowed.isEmpty()) {
            return "no value is permitted here";
        }
        return "value is not a valid enumeration member; permitted: "
                + String.join(", ", allowed.stream().map(a -> "'" + a + "'").toList());
    }

}
