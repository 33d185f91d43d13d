package org.polymetric.kernel.overview;

import java.util.List;

/**
 * One game's value of a ranking figure, with the trend drawn next to it.
 *
 * @param value  what games are ordered by (higher first)
 * @param shown  the value as shown
 * @param trend  the sparkline's values, oldest first, possibly empty
 */
public record Ranked(double value, String shown, List<Double> trend) {
    public Ranked {
        trend = List.copyOf(trend);
    }
}
