package org.polymetric.kernel.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RFC 7239 {@code Forwarded}: hops separated by commas, each a list of {@code name=value} pairs
 * separated by semicolons, a value a token or a quoted string (so {@code for="[2001:db8::1]:4711"}
 * is one value). Several header lines are one list, in order. Parameter names are case-blind.
 * A malformed hop is kept as an empty map, so that the hops after it keep their places.
 */
final class ForwardedHeader {
    /** Enough for any real chain of proxies; a longer header is cut here rather than parsed at length. */
    static final int MAX_HOPS = 32;

    private ForwardedHeader() {
    }

    static List<Map<String, String>> parse(List<String> lines) {
        List<Map<String, String>> hops = new ArrayList<>();
        for (String line : lines) {
            parseLine(line, hops);
        }
        return hops.size() > MAX_HOPS ? hops.subList(hops.size() - MAX_HOPS, hops.size()) : hops;
    }

    private static void parseLine(String line, List<Map<String, String>> hops) {
        Map<String, String> hop = new HashMap<>();
        boolean broken = false;
        int i = 0;
        int n = line.length();
        while (i <= n) {
            i = skipSpaces(line, i);
            if (i >= n) {
                break;
            }
            char c = line.charAt(i);
            if (c == ',') {
                hops.add(broken ? Map.of() : hop);
                hop = new HashMap<>();
                broken = false;
                i++;
                continue;
            }
            if (c == ';') {
                i++;
                continue;
            }
            int eq = i;
            while (eq < n && line.charAt(eq) != '=' && line.charAt(eq) != ';' && line.charAt(eq) != ',') {
                eq++;
            }
            if (eq >= n || line.charAt(eq) != '=') {
                broken = true;
                i = eq;
                continue;
            }
            String name = line.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            int j = eq + 1;
            if (j < n && line.charAt(j) == '"') {
                j++;
                boolean closed = false;
                while (j < n) {
                    char q = line.charAt(j);
                    if (q == '\\' && j + 1 < n) {
                        value.append(line.charAt(j + 1));
                        j += 2;
                    } else if (q == '"') {
                        closed = true;
                        j++;
                        break;
                    } else {
                        value.append(q);
                        j++;
                    }
                }
                broken |= !closed;
            } else {
                while (j < n && line.charAt(j) != ';' && line.charAt(j) != ',') {
                    value.append(line.charAt(j));
                    j++;
                }
            }
            hop.putIfAbsent(name, value.toString().trim());
            i = j;
        }
        hops.add(broken ? Map.of() : hop);
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
