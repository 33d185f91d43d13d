package org.polymetric.kernel.metrics;

import java.util.Map;
import java.util.Set;

/**
 * The metrics label of a request path: the id of the module that owns it ({@code /api/<id>/…},
 * {@code /<id>/…}, or a vendor root path such as Countly's {@code /i}), else {@code kernel}
 * (the portal's own pages and APIs, player beacons, static files, unknown paths). Only module ids
 * and {@code kernel} come out, never a piece of the path, so the label's values stay few.
 */
public final class PathOwner {
    public static final String KERNEL = "kernel";

    private final Set<String> ids;
    private final Map<String, String> roots;

    /**
     * @param ids   the installed modules' ids
     * @param roots root path segments ({@code i}, {@code o}) to the id of the module they belong to
     */
    public PathOwner(Set<String> ids, Map<String, String> roots) {
        this.ids = Set.copyOf(ids);
        this.roots = Map.copyOf(roots);
    }

    /** The owner of {@code path} (inside the application, starting with {@code /}). */
    public String of(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        String first = segment(path, start);
        if (first.equals("api")) {
            String id = segment(path, start + 4);
            return ids.contains(id) ? id : KERNEL;
        }
        if (ids.contains(first)) {
            return first;
        }
        return roots.getOrDefault(first, KERNEL);
    }

    private static String segment(String path, int from) {
        if (from >= path.length()) {
            return "";
        }
        int slash = path.indexOf('/', from);
        return slash < 0 ? path.substring(from) : path.substring(from, slash);
    }
}
