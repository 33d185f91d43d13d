package org.polymetric.events.api;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.polymetric.events.ingest.Refusal;

/**
 * A read's parameters: the query string and, for a form POST, its body (the body winning, as on
 * {@code /i}); the first value of each name. A value longer than {@value #MAX_LENGTH} characters
 * is refused: no Countly read needs one (an {@code events} list of 50 long keys is ~7 kB), and
 * every value may end up in a kept answer's key.
 */
record ReadParams(Map<String, String> values) {
    static final int MAX_LENGTH = 8192;

    static ReadParams of(MultivaluedMap<String, String> query, MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        put(values, query);
        put(values, form);
        return new ReadParams(values);
    }

    private static void put(Map<String, String> values, MultivaluedMap<String, String> params) {
        if (params == null) {
            return;
        }
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            String value = p.getValue().isEmpty() ? "" : p.getValue().get(0);
            if (value.length() > MAX_LENGTH || p.getKey().length() > MAX_LENGTH) {
                String name = p.getKey().length() > 40 ? p.getKey().substring(0, 40) : p.getKey();
                throw new Refusal(400, "Invalid parameter \"" + name + "\": at most " + MAX_LENGTH + " characters");
            }
            values.put(p.getKey(), value);
        }
    }

    String get(String name) {
        return values.get(name);
    }
}
