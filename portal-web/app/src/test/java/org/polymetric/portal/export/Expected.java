package org.polymetric.portal.export;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an export must answer, worked out here from the beacons a test posted (independently of
 * the module): each interval of {@code [from, to)}, each beacon's share of it by the spread rule,
 * summed per combination of the dimensions' values; without dimensions every interval, zeros
 * included, with them only the combinations some beacon touched, in value order; sessions = the
 * beacon time in the interval over its length, rounded half up to 3 decimals, no trailing zeros.
 */
final class Expected {
    private Expected() {
    }

    static JsonArray data(List<Play> plays, long from, long to, long intervalMs, List<String> metrics,
                          List<String> dimensions, Map<String, List<String>> filters) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (long t = from; t < to; t += intervalMs) {
            TreeMap<List<String>, long[]> sums = new TreeMap<>(Expected::byValues);
            if (dimensions.isEmpty()) {
                sums.put(List.of(), new long[5]);
            }
            for (Play p : plays) {
                long ms = p.overlap(t, t + intervalMs);
                if (ms == 0 || !matches(p, filters)) {
                    continue;
                }
                List<String> combination = dimensions.stream().map(p::value).toList();
                long[] s = sums.computeIfAbsent(combination, k -> new long[5]);
                s[0] += p.share(p.http(), t, t + intervalMs);
                s[1] += p.share(p.p2p(), t, t + intervalMs);
                s[2] += p.share(p.played(), t, t + intervalMs);
                s[3] += p.share(p.rebuffered(), t, t + intervalMs);
                s[4] += ms;
            }
            for (Map.Entry<List<String>, long[]> e : sums.entrySet()) {
                JsonObjectBuilder row = Json.createObjectBuilder().add("timestamp", t);
                for (int i = 0; i < dimensions.size(); i++) {
                    row.add(dimensions.get(i), e.getKey().get(i));
                }
                for (String m : metrics) {
                    long[] s = e.getValue();
                    switch (m) {
                        case "http" -> row.add(m, s[0]);
                        case "p2p" -> row.add(m, s[1]);
                        case "played" -> row.add(m, s[2]);
                        case "rebuffered" -> row.add(m, s[3]);
                        case "sessions" -> row.add(m, sessions(s[4], intervalMs));
                        default -> throw new IllegalArgumentException(m);
                    }
                }
                out.add(row);
            }
        }
        return out.build();
    }

    static JsonArray data(List<Play> plays, long from, long to, long intervalMs, List<String> metrics) {
        return data(plays, from, to, intervalMs, metrics, List.of(), Map.of());
    }

    /** The average number of sessions: {@code ms} of beacon time over the interval's length. */
    static BigDecimal sessions(long ms, long intervalMs) {
        BigDecimal mean = BigDecimal.valueOf(ms).divide(BigDecimal.valueOf(intervalMs), 3, RoundingMode.HALF_UP).stripTrailingZeros();
        return mean.scale() < 0 ? mean.setScale(0) : mean;
    }

    private static boolean matches(Play p, Map<String, List<String>> filters) {
        return filters.entrySet().stream().allMatch(f -> f.getValue().contains(p.value(f.getKey())));
    }

    /** Rows of one interval: by their values, in code point order, the first dimension first. */
    private static int byValues(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = codePoints(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int codePoints(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    /** The body of an export request. */
    static String request(long from, long to, String interval, List<String> metrics, List<String> dimensions,
                          Map<String, List<String>> filters) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("from", from).add("to", to).add("interval", interval)
                .add("metrics", Json.createArrayBuilder(metrics));
        if (!dimensions.isEmpty()) {
            b.add("dimensions", Json.createArrayBuilder(dimensions));
        }
        if (!filters.isEmpty()) {
            JsonObjectBuilder f = Json.createObjectBuilder();
            filters.forEach((k, v) -> f.add(k, Json.createArrayBuilder(v)));
            b.add("filters", f);
        }
        return b.build().toString();
    }
}
