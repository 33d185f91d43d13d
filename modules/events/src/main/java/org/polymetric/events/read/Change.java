package org.polymetric.events.read;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A dashboard figure as Countly shows it: the total, its change from the previous equal period
 * ({@code "-24.6%"}, {@code "NA"} when there was nothing before, {@code "∞"} when nothing now)
 * and its trend ({@code u} or {@code d}).
 */
public final class Change {
    private Change() {
    }

    public static Map<String, Object> of(Object total, double current, double previous) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", total);
        if (previous == 0) {
            out.put("change", "NA");
            out.put("trend", "u");
        } else if (current == 0) {
            out.put("change", "∞");
            out.put("trend", "d");
        } else {
            BigDecimal change = BigDecimal.valueOf((current - previous) / previous * 100).setScale(1, RoundingMode.HALF_UP);
            out.put("change", change.toPlainString() + "%");
            out.put("trend", change.signum() < 0 ? "d" : "u");
        }
        return out;
    }

    /**
     * How a page draws a figure's change from {@link #of}: {@code neutral} when it cannot be
     * computed (nothing in the period before: Countly's {@code NA}) or is nil, else {@code up} or
     * {@code down}. A change without an earlier period is no growth, so it is never drawn as one.
     */
    public static String direction(Map<String, Object> figure) {
        Object change = figure.get("change");
        if ("NA".equals(change) || NIL.matcher(String.valueOf(change)).matches()) {
            return "neutral";
        }
        return "d".equals(figure.get("trend")) ? "down" : "up";
    }

    private static final Pattern NIL = Pattern.compile("-?0(\\.0+)?%");

    /**
     * Time as Countly writes it from minutes: {@code "12.5 min"}, {@code "3.2 hours"},
     * {@code "1.5 days"}, {@code "1.1 years"}.
     */
    public static String time(double minutes) {
        if (minutes >= 525_600) {
            return fixed(minutes / 525_600) + " years";
        }
        if (minutes >= 1440) {
            return fixed(minutes / 1440) + " days";
        }
        if (minutes >= 60) {
            return fixed(minutes / 60) + " hours";
        }
        return fixed(minutes) + " min";
    }

    static String fixed(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
