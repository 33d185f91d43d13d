package org.polymetric.events.remoteconfig;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Set;
import org.polymetric.events.ingest.Refusal;
import org.polymetric.kernel.web.JsonBuilders;

/**
 * An SDK's {@code keys} and {@code omit_keys}: JSON arrays of key names, only the first or all
 * but the second. As Countly does, a filter that is not a JSON array, or an empty one, filters
 * nothing, and an item that is not a string names no key. Bounded: a filter may name at most
 * {@link ParameterRules#MAX_KEYS} keys in {@link #MAX_CHARS} characters.
 */
public record KeyFilter(Set<String> only, Set<String> omit) {
    public static final int MAX_CHARS = 65_536;
    static final KeyFilter NONE = new KeyFilter(null, Set.of());

    /** @throws Refusal 400 {@code Invalid parameter "keys": ...} for a filter over the bounds */
    public static KeyFilter of(String keys, String omitKeys) {
        Set<String> only = names("keys", keys);
        Set<String> omit = names("omit_keys", omitKeys);
        return new KeyFilter(only, omit == null ? Set.of() : omit);
    }

    boolean admits(String key) {
        return (only == null || only.contains(key)) && !omit.contains(key);
    }

    /** The names in the array, or null when it filters nothing. */
    private static Set<String> names(String parameter, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_CHARS) {
            throw new Refusal(400, "Invalid parameter \"" + parameter + "\": at most " + MAX_CHARS + " characters");
        }
        JsonValue v;
        try {
            v = JsonBuilders.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY || v.asJsonArray().isEmpty()) {
            return null;
        }
        if (v.asJsonArray().size() > ParameterRules.MAX_KEYS) {
            throw new Refusal(400, "Invalid parameter \"" + parameter + "\": at most " + ParameterRules.MAX_KEYS + " keys");
        }
        Set<String> out = new HashSet<>();
        for (JsonValue item : v.asJsonArray()) {
            if (item instanceof JsonString s) {
                out.add(s.getString());
            }
        }
        return out;
    }
}
