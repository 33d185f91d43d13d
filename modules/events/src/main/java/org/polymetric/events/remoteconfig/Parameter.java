package org.polymetric.events.remoteconfig;

import jakarta.json.JsonValue;
import java.util.List;

/**
 * A remote-config key (Countly's "parameter"): its default value and the conditions tried in
 * order before it; the first that holds gives the value.
 */
public record Parameter(String key, JsonValue defaultValue, List<Condition> conditions) {
    public Parameter {
        conditions = List.copyOf(conditions);
    }

    JsonValue valueFor(DeviceFacts device) {
        for (Condition c : conditions) {
            if (c.holds(device)) {
                return c.value();
            }
        }
        return defaultValue;
    }

    boolean conditional() {
        return !conditions.isEmpty();
    }

    /** About the characters it takes to keep (for the per-game bound and the read cache's weight). */
    int size() {
        int n = key.length() + defaultValue.toString().length();
        for (Condition c : conditions) {
            n += c.match().length() + c.value().toString().length() + 40;
        }
        return n;
    }
}
