package org.polymetric.kernel.overview;

import java.util.OptionalDouble;

/**
 * A headline figure: its label, its value as shown, and its change against an earlier period when
 * one can be computed. A change that cannot be computed (no earlier period, or an earlier value of
 * zero) is neutral: shown without colour, never as growth.
 *
 * @param label   what it counts, e.g. "Sessions today"
 * @param value   the value as shown, e.g. "1 204" or "3.2 Mbit/s"
 * @param change  the relative change in percent, empty when it cannot be computed
 */
public record Figure(String label, String value, OptionalDouble change) {

    /** A figure with no earlier period to compare with. */
    public static Figure of(String label, String value) {
        return new Figure(label, value, OptionalDouble.empty());
    }

    /** A figure compared with {@code earlier}: neutral when {@code earlier} is zero or negative. */
    public static Figure compared(String label, String value, double now, double earlier) {
        return new Figure(label, value, earlier > 0 ? OptionalDouble.of((now - earlier) * 100 / earlier) : OptionalDouble.empty());
    }

    /** {@code up}, {@code down} or {@code neutral}: how the change is drawn. */
    public String direction() {
        if (change.isEmpty() || change.getAsDouble() == 0) {
            return "neutral";
        }
        return change.getAsDouble() > 0 ? "up" : "down";
    }
}
