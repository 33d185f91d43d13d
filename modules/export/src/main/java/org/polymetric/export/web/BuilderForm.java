package org.polymetric.export.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.polymetric.export.domain.Dimension;
import org.polymetric.export.domain.ExportQuery;
import org.polymetric.export.domain.ExportRefusal;
import org.polymetric.export.domain.Interval;

/**
 * The export builder's fields as they were typed ({@code interval}, {@code from} and {@code to} as
 * {@code datetime-local} text in UTC, {@code metric} and {@code dimension} repeated,
 * {@code filter.<dimension>} comma-separated values), kept as text so a refused form shows
 * them again. {@link #check} turns them into the API's query: the page reads dates and rounds
 * them to the interval, {@link ExportQuery#of} decides every rule.
 */
public record BuilderForm(String interval, String from, String to, List<String> metrics, List<String> dimensions,
                          Map<Dimension, String> filters) {
    /** The parameter of a dimension's filter field: {@code filter.browser.name}. */
    static final String FILTER = "filter.";
    /** A datetime-local value is at most {@code +yyyyyy-MM-ddTHH:mm:ss.SSS}: anything longer is not one. */
    static final int LONGEST_DATE = 29;
    /** The longest filter field: the most values at the longest length, with their commas. */
    static final int LONGEST_FILTER = ExportQuery.MOST_FILTER_VALUES * (ExportQuery.LONGEST_FILTER_VALUE + 1);
    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    public BuilderForm {
        metrics = List.copyOf(metrics);
        dimensions = List.copyOf(dimensions);
        filters = Map.copyOf(filters);
    }

    /** The form a game's page opens with: the last 24 hours by hour, bytes over HTTP and peer to peer. */
    static BuilderForm initial(long nowMs) {
        return lastOf(Interval.H1, 24, nowMs);
    }

    /**
     * The export a game's overview offers ready-made: the last seven days by day, today's included
     * (to the next midnight UTC), bytes over HTTP and peer to peer.
     */
    static BuilderForm lastWeek(long nowMs) {
        return lastOf(Interval.D1, 7, nowMs);
    }

    /** The last {@code count} intervals up to the end of the one {@code nowMs} is in, bytes over HTTP and peer to peer. */
    private static BuilderForm lastOf(Interval interval, int count, long nowMs) {
        long end = Math.floorDiv(nowMs, interval.ms()) * interval.ms() + interval.ms();
        return new BuilderForm(interval.key(), input(end - count * interval.ms()), input(end), List.of("http", "p2p"), List.of(),
                Map.of());
    }

    /** The form as the query string its GET sends: each field named as in {@link #of}, encoded. */
    String query() {
        StringJoiner q = new StringJoiner("&");
        add(q, "interval", interval);
        add(q, "from", from);
        add(q, "to", to);
        metrics.forEach(m -> add(q, "metric", m));
        dimensions.forEach(d -> add(q, "dimension", d));
        filters.forEach((d, text) -> add(q, FILTER + d.key(), text));
        return q.toString();
    }

    private static void add(StringJoiner q, String name, String value) {
        if (value != null) {
            q.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** The fields of a query string; an absent field is null (a list empty), a blank dimension choice is none. */
    static BuilderForm of(MultivaluedMap<String, String> params) {
        Map<Dimension, String> filters = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            String text = params.getFirst(FILTER + d.key());
            if (text != null && !text.isBlank()) {
                filters.put(d, text);
            }
        }
        List<String> dimensions = new ArrayList<>();
        for (String d : params.getOrDefault("dimension", List.of())) {
            if (d != null && !d.isBlank()) {
                dimensions.add(d);
            }
        }
        return new BuilderForm(params.getFirst("interval"), params.getFirst("from"), params.getFirst("to"),
                params.getOrDefault("metric", List.of()), dimensions, filters);
    }

    /** The dimension chosen in the {@code n}th select (0 or 1), or "" for none. */
    public String dimension(int n) {
        return n < dimensions.size() ? dimensions.get(n) : "";
    }

    /** What was typed in a dimension's filter field. */
    public String filter(Dimension d) {
        return filters.getOrDefault(d, "");
    }

    /**
     * The query the form asks for at {@code nowMs}: {@code from} rounded down and {@code to} up to
     * the interval (each rounding noted), then {@link ExportQuery#of}.
     *
     * @throws ExportRefusal the first field refused, a date the page cannot read included
     */
    Checked check(long nowMs) {
        Long fromMs = date("from", from);
        Long toMs = date("to", to);
        List<String> notes = new ArrayList<>();
        Interval i = interval == null ? null : Interval.byKey(interval).orElse(null);
        if (i != null) {
            long down = Math.floorDiv(fromMs, i.ms()) * i.ms();
            long up = -Math.floorDiv(-toMs, i.ms()) * i.ms();
            if (down != fromMs) {
                notes.add("from rounded down to " + input(down) + " UTC, the start of its " + i.key() + " interval");
            }
            if (up != toMs) {
                notes.add("to rounded up to " + input(up) + " UTC, the end of its " + i.key() + " interval");
            }
            fromMs = down;
            toMs = up;
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Map.Entry<Dimension, String> e : filters.entrySet()) {
            if (e.getValue().length() > LONGEST_FILTER) {
                throw new ExportRefusal("filters", "filter \"" + e.getKey().key() + "\" lists at most "
                        + ExportQuery.MOST_FILTER_VALUES + " values");
            }
            List<String> listed = new ArrayList<>();
            for (String v : e.getValue().split(",", -1)) {
                if (!v.isBlank()) {
                    listed.add(v.strip());
                }
            }
            if (!listed.isEmpty()) {
                values.put(e.getKey().key(), listed);
            }
        }
        return new Checked(ExportQuery.of(fromMs, toMs, interval, metrics, values, dimensions, nowMs), notes);
    }

    /** A checked form: the query, and the sentences saying how its dates were rounded. */
    record Checked(ExportQuery query, List<String> notes) {
    }

    /** A {@code datetime-local} field read as UTC epoch ms. */
    private static Long date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new ExportRefusal(field, field + " is required: a date and time in UTC");
        }
        if (text.length() > LONGEST_DATE) {
            throw new ExportRefusal(field, field + " must be a date and time such as 2026-12-05T13:00 (UTC)");
        }
        try {
            LocalDateTime t = LocalDateTime.parse(text.strip());
            if (t.getYear() < 1970 || t.getYear() > 9999) {
                throw new ExportRefusal(field, field + " must lie between the years 1970 and 9999");
            }
            return t.toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeException e) {
            throw new ExportRefusal(field, field + " must be a date and time such as 2026-12-05T13:00 (UTC)");
        }
    }

    /** Epoch ms as a {@code datetime-local} value in UTC. */
    static String input(long ms) {
        return INPUT.format(LocalDateTime.ofInstant(Instant.ofEpochMilli(ms), ZoneOffset.UTC));
    }
}
