package org.polymetric.export.domain;

import java.util.Comparator;

/**
 * The value ids of the six dimensions a full row is keyed by (0: no value, {@code ""}), in the
 * order of {@link Dimension}, which is the order of the columns.
 */
public record Combination(int browser, int country, int city, int isp, int os, int page) {
    /** The order of the primary key's columns (ids are below 2³¹: they compare as signed ints). */
    public static final Comparator<Combination> ORDER = Comparator.comparingInt(Combination::browser)
            .thenComparingInt(Combination::country).thenComparingInt(Combination::city).thenComparingInt(Combination::isp)
            .thenComparingInt(Combination::os).thenComparingInt(Combination::page);

    /** The ids in the order of {@link Dimension}. */
    public static Combination of(int[] ids) {
        return new Combination(ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]);
    }

    /** The id of this dimension's value. */
    public int of(Dimension d) {
        return switch (d) {
            case BROWSER -> browser;
            case COUNTRY -> country;
            case CITY -> city;
            case ISP -> isp;
            case OS -> os;
            case PAGE -> page;
        };
    }
}
