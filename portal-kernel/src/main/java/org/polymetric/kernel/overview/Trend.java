package org.polymetric.kernel.overview;

import java.util.List;

/**
 * A small trend, drawn as a sparkline: evenly spaced values, oldest first.
 *
 * @param label  what the line shows and over what, e.g. "Sessions, last 7 days"
 * @param values the values, oldest first (a few dozen at most)
 */
public record Trend(String label, List<Double> values) {
    public Trend {
        values = List.copyOf(values);
    }
}
