package org.polymetric.events.remoteconfig;

import java.util.List;

/**
 * A remote-config key (Countly's "parameter"): its default value and the conditions tried in
 * order before it; the first that holds gives the value. Values are kept as the JSON text they
 * were checked and stored as: SDKs get that text, and text costs a known number of bytes to keep
 * where a parsed tree costs many times its text.
 */
public record Parameter(String key, String defaultValue, List<Condition> conditions) {
    public Parameter {
        conditions = List.copyOf(conditions);
    }

    /** The JSON text this key answers for the device. */
    String valueFor(DeviceFacts device) {
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

    /** About the bytes it takes in memory (the read cache's weight): strings at two bytes a character, and headers. */
    long bytes() {
        long n = 128 + 2L * (key.length() + defaultValue.length());
        for (Condition c : conditions) {
            n += c.bytes();
        }
        return n;
    }
}
