package org.polymetric.kernel.overview;

import java.util.List;
import java.util.Locale;

/**
 * A trend as a tiny inline SVG line, drawn on the server: no script, and its colour is the text's
 * ({@code currentColor}, a presentation attribute), so the page's content security policy has
 * nothing to allow. The line spans the lowest to the highest value; a flat or single-valued trend
 * is a line across the middle, no values an empty frame. The label is escaped.
 */
public final class Sparkline {
    static final int WIDTH = 100;
    static final int HEIGHT = 24;
    /** Room above and below the line, so its stroke is not cut off at the edges. */
    private static final double PAD = 2;

    private Sparkline() {
    }

    /** The trend's markup: {@code <svg class="sparkline">} with {@code label} as its title. */
    public static String svg(Trend trend) {
        return svg(trend.label(), trend.values());
    }

    /** The markup of {@code values} (oldest first) with {@code label} as its title. */
    public static String svg(String label, List<Double> values) {
        StringBuilder out = new StringBuilder(160 + values.size() * 12);
        out.append("<svg class=\"sparkline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" preserveAspectRatio=\"none\"><title>").append(escape(label)).append("</title>");
        if (!values.isEmpty()) {
            double min = values.stream().mapToDouble(Sparkline::finite).min().orElse(0);
            double max = values.stream().mapToDouble(Sparkline::finite).max().orElse(0);
            out.append("<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" points=\"");
            int n = values.size();
            for (int i = 0; i < n; i++) {
                double x = n == 1 ? WIDTH / 2.0 : (double) WIDTH * i / (n - 1);
                double y = max == min ? HEIGHT / 2.0
                        : HEIGHT - PAD - (HEIGHT - 2 * PAD) * (finite(values.get(i)) - min) / (max - min);
                if (i > 0) {
                    out.append(' ');
                }
                out.append(format(x)).append(',').append(format(y));
                if (n == 1) {
                    // a lone value is a short dash, so it shows
                    out.append(' ').append(format(x + 1)).append(',').append(format(y));
                }
            }
            out.append("\"/>");
        }
        return out.append("</svg>").toString();
    }

    /** A value to draw: a missing or non-finite one is drawn as zero. */
    private static double finite(Double value) {
        return value == null || !Double.isFinite(value) ? 0 : value;
    }

    private static String format(double coordinate) {
        return String.format(Locale.ROOT, "%.1f", coordinate);
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
