package org.polymetric.kernel.overload;

import java.util.Map;
import java.util.Set;
import org.polymetric.kernel.metrics.PathOwner;

/**
 * Which lane an API request queues in: each module's API (its {@code /api/<id>/…} and its vendor
 * root paths such as Countly's {@code /i}) has one, the portal's own ingest ({@code /api/ingest/…},
 * player beacons) has one, and the portal's other APIs share {@link #KERNEL}. A flood on one lane
 * does not take the capacity of another. Pages, health, {@code /metrics} and static files are in
 * no lane: people and probes reach them while SDKs are refused.
 */
final class Lanes {
    static final String INGEST = "ingest";
    static final String KERNEL = PathOwner.KERNEL;

    private final PathOwner owners;
    private final Set<String> ids;
    private final Map<String, String> roots;

    /**
     * @param ids   the installed modules' ids
     * @param roots root path segments ({@code i}, {@code o}) to the id of the module they belong to
     */
    Lanes(Set<String> ids, Map<String, String> roots) {
        this.ids = Set.copyOf(ids);
        this.roots = Map.copyOf(roots);
        this.owners = new PathOwner(this.ids, this.roots);
    }

    /** Every lane there is: the module ids, {@link #INGEST} and {@link #KERNEL}. */
    Set<String> all() {
        java.util.Set<String> all = new java.util.TreeSet<>(ids);
        all.add(INGEST);
        all.add(KERNEL);
        return all;
    }

    /** The lane of {@code path} (inside the application, starting with {@code /}); null when it is never shed. */
    String of(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        String first = segment(path, start);
        if (first.equals("api")) {
            String owner = owners.of(path);
            if (!owner.equals(PathOwner.KERNEL)) {
                return owner;
            }
            return segment(path, start + 4).equals(INGEST) ? INGEST : KERNEL;
        }
        return roots.get(first);
    }

    private static String segment(String path, int from) {
        if (from >= path.length()) {
            return "";
        }
        int slash = path.indexOf('/', from);
        return slash < 0 ? path.substring(from) : path.substring(from, slash);
    }
}
