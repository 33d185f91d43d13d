package org.polymetric.kernel.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small line chart as inline SVG, drawn on the server for pages without script: a line per
 * series over the given points, broken where a point holds no value, a lone point as a dot, a
 * legend of the lines' names. Colours are presentation attributes, not style, so the page's
 * content security policy has nothing to allow. Text (the title, the names) is escaped.
 */
public final class SvgChart {
    static final int WIDTH = 640;
    static final int HEIGHT = 180;
    private static final int LEFT = 64;
    private static final int RIGHT = 8;
    private static final int TOP = 18;
    private static final int BOTTOM = 22;
    private static final String[] COLOURS = {"#2563eb", "#f97316", "#16a34a", "#9333ea", "#dc2626", "#0891b2", "#ca8a04", "#db2777"};
    /** The legend's room per line, and the longest name it shows before cutting it short. */
    private static final int LEGEND_STEP = 70;
    private static final int LEGEND_CHARS = 9;
    /** Decimals of the axis' top value. */
    private static final int DECIMALS = 3;

    /** A line: its name and its value per point start, absent where the point has none. */
    record Line(String name, Map<Long, Double> values) {
    }

    private final List<Long> times;
    private final long spacingMs;
    private final List<Line> lines = new ArrayList<>();

    /** A chart over the points starting at {@code times} (epoch ms, ascending, at least one), {@code spacingMs} apart. */
    public SvgChart(List<Long> times, long spacingMs) {
        this.times = times;
        this.spacingMs = spacingMs;
    }

    /** Adds a line; the legend shows the first lines that fit the width. */
    public SvgChart line(String name, Map<Long, Double> values) {
        lines.add(new Line(name, values));
        return this;
    }

    public boolean hasData() {
        return lines.stream().anyMatch(l -> !l.values().isEmpty());
    }

    /** The chart's markup, {@code title} as its accessible name. */
    public String svg(String title) {
        double max = lines.stream().flatMap(l -> l.values().values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        double top = max > 0 ? max : 1;
        StringBuilder out = new StringBuilder();
        out.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\"><title>").append(escape(title)).append("</title>");
        int bottom = HEIGHT - BOTTOM;
        out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(bottom).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y2=\"").append(bottom).append("\" stroke=\"#94a3b8\"/>");
        out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(bottom).append("\" stroke=\"#94a3b8\"/>");
        text(out, LEFT - 4, TOP + 4, "end", axis(top));
        text(out, LEFT - 4, bottom, "end", "0");
        DateTimeFormatter labels = labels(spacingMs);
        text(out, LEFT, HEIGHT - 6, "start", labels.format(Instant.ofEpochMilli(times.get(0))));
        text(out, WIDTH - RIGHT, HEIGHT - 6, "end", labels.format(Instant.ofEpochMilli(times.get(times.size() - 1))));
        for (int i = 0; i < lines.size(); i++) {
            String colour = COLOURS[i % COLOURS.length];
            draw(out, lines.get(i), colour, top);
            int legendX = LEFT + 8 + i * LEGEND_STEP;
            if (legendX + LEGEND_STEP > WIDTH) {
                continue;
            }
            out.append("<rect x=\"").append(legendX).append("\" y=\"4\" width=\"10\" height=\"10\" fill=\"").append(colour)
                    .append("\"/>");
            String name = lines.get(i).name();
            String shown = shortened(name);
            // a name cut short keeps its whole text as the entry's tooltip and accessible name
            text(out, legendX + 14, 13, "start", shown.equals(name) ? "" : "<title>" + escape(name) + "</title>", shown);
        }
        return out.append("</svg>").toString();
    }

    private void draw(StringBuilder out, Line line, String colour, double top) {
        List<String> run = new ArrayList<>();
        for (int i = 0; i <= times.size(); i++) {
            Double v = i < times.size() ? line.values().get(times.get(i)) : null;
            if (v != null) {
                run.add(x(i) + "," + y(v, top));
                continue;
            }
            if (run.size() == 1) {
                String[] at = run.get(0).split(",");
                out.append("<circle cx=\"").append(at[0]).append("\" cy=\"").append(at[1]).append("\" r=\"3\" fill=\"")
                        .append(colour).append("\"/>");
            } else if (run.size() > 1) {
                out.append("<polyline fill=\"none\" stroke-width=\"1.5\" stroke=\"").append(colour).append("\" points=\"")
                        .append(String.join(" ", run)).append("\"/>");
            }
            run.clear();
        }
    }

    private String x(int index) {
        double span = WIDTH - LEFT - RIGHT;
        double at = times.size() == 1 ? span / 2 : span * index / (times.size() - 1);
        return format(LEFT + at);
    }

    private static String y(double value, double top) {
        return format(HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * value / top);
    }

    private static String format(double coordinate) {
        return String.format(Locale.ROOT, "%.1f", coordinate);
    }

    private static void text(StringBuilder out, int x, int y, String anchor, String text) {
        text(out, x, y, anchor, "", text);
    }

    /** A text element; {@code markup} (already escaped) comes before the escaped {@code text}. */
    private static void text(StringBuilder out, int x, int y, String anchor, String markup, String text) {
        out.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
                .append("\" font-size=\"11\" fill=\"currentColor\">").append(markup).append(escape(text)).append("</text>");
    }

    private static String shortened(String name) {
        return name.codePointCount(0, name.length()) <= LEGEND_CHARS ? name
                : name.substring(0, name.offsetByCodePoints(0, LEGEND_CHARS - 1)) + "…";
    }

    /** The axis' top value, rounded half up, without trailing zeros. */
    static String axis(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    }

    /** Time labels as precise as the spacing needs, in UTC. */
    public static DateTimeFormatter labels(long spacingMs) {
        String pattern = spacingMs < 60_000 ? "HH:mm:ss" : spacingMs < 3_600_000 ? "MM-dd HH:mm" : "yyyy-MM-dd HH:mm";
        return DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
