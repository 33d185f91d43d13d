package org.polymetric.streamstats.domain;

import java.util.Locale;

/**
 * A device breakdown's dimension and how its values are written: upper case, as the seed's
 * {@code {"MAC": 1, "LINUX": 2}}; a device that did not say is counted under {@code UNKNOWN}.
 */
public enum Breakdown {
    OS("operating_systems"), PLATFORM("platforms"), CONNECTION_TYPE("connection_types");

    public static final String UNKNOWN = "UNKNOWN";

    private final String field;

    Breakdown(String field) {
        this.field = field;
    }

    /** The answer's field name. */
    public String field() {
        return field;
    }

    /** A reported value as it is stored and counted: trimmed and upper-cased (ROOT locale), blank is {@code UNKNOWN}. */
    public static String value(String reported) {
        if (reported == null || reported.isBlank()) {
            return UNKNOWN;
        }
        return reported.strip().toUpperCase(Locale.ROOT);
    }
}
