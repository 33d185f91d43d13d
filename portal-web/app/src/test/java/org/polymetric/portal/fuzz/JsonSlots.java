package org.polymetric.portal.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * Writes a JSON value with one of its slots (a member's value or an array element, numbered in
 * document order; the whole document is slot 0) replaced by raw text, so a mutation can put there
 * what no JSON library would write: {@code 1e309}, {@code NaN}, a duplicate key, half a value.
 */
final class JsonSlots {
    private int next;
    private final int target;
    private final String raw;
    private final StringBuilder out = new StringBuilder();

    private JsonSlots(int target, String raw) {
        this.target = target;
        this.raw = raw;
    }

    static int count(JsonValue v) {
        int n = 1;
        if (v instanceof JsonObject o) {
            for (JsonValue m : o.values()) {
                n += count(m);
            }
        } else if (v instanceof JsonArray a) {
            for (JsonValue m : a) {
                n += count(m);
            }
        }
        return n;
    }

    static String replace(JsonValue v, int slot, String raw) {
        JsonSlots w = new JsonSlots(slot, raw);
        w.write(v);
        return w.out.toString();
    }

    /** The object with its first member given again, first, with {@code rawValue}: a key named twice. */
    static String duplicateFirst(JsonObject o, String rawValue) {
        String first = o.keySet().iterator().next();
        String rest = o.toString().substring(1);
        return "{" + Json.createValue(first).toString() + ":" + rawValue + "," + rest;
    }

    private void write(JsonValue v) {
        int me = next++;
        if (me == target && raw != null) {
            out.append(raw);
            skip(v);
            return;
        }
        if (v instanceof JsonObject o) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(Json.createValue(e.getKey()).toString()).append(':');
                write(e.getValue());
            }
            out.append('}');
        } else if (v instanceof JsonArray a) {
            out.append('[');
            boolean first = true;
            for (JsonValue m : a) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(m);
            }
            out.append(']');
        } else {
            out.append(v.toString());
        }
    }

    /** Counts the replaced value's slots without writing them, so numbering stays that of the document. */
    private void skip(JsonValue v) {
        next += count(v) - 1;
    }
}
