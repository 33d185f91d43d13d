package org.polymetric.export.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an export can be split or filtered by, in Peer5's names. The order is the storage's: the
 * columns of a rollup row, and the order of a projection's two value columns.
 */
public enum Dimension {
    BROWSER("browser.name"),
    COUNTRY("country.code"),
    CITY("city.name"),
    ISP("isp.name"),
    OS("os.name"),
    PAGE("session.page");

    /** The names, comma-separated, for refusals. */
    public static final String NAMES = Arrays.stream(values()).map(Dimension::key).collect(Collectors.joining(", "));

    private final String key;

    Dimension(String key) {
        this.key = key;
    }

    /** Peer5's name: {@code browser.name}. */
    public String key() {
        return key;
    }

    public static Optional<Dimension> byKey(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
    }
}
