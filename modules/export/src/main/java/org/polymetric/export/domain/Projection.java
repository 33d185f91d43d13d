package org.polymetric.export.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * A set of at most two dimensions whose sums per bucket a projection table keeps (the "cube"), by
 * its stored id: 0 the empty set; 1 to 6 one dimension, {@code 1 + ordinal}; 7 to 21 two
 * dimensions {@code (i, j)}, {@code i < j} by ordinal, in the order (0,1), (0,2) … (0,5), (1,2) …
 * (4,5). Its dimensions are in ordinal order: the first one's value is column {@code a}, the
 * second's {@code b}.
 */
public record Projection(int id, List<Dimension> dimensions) {
    /** The number of projections: 1 + 6 + 15. */
    public static final int COUNT = 22;
    private static final List<Projection> ALL = all(Dimension.values());

    public Projection {
        dimensions = List.copyOf(dimensions);
    }

    /** Every projection, by id. */
    public static List<Projection> all() {
        return ALL;
    }

    /** The projection of this id (0 to 21). */
    public static Projection byId(int id) {
        if (id < 0 || id >= COUNT) {
            throw new IllegalArgumentException("no projection " + id);
        }
        return ALL.get(id);
    }

    /** The projection of exactly these dimensions (repeats count once), or none when they are more than two. */
    public static Optional<Projection> of(Collection<Dimension> dimensions) {
        EnumSet<Dimension> set = dimensions.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(dimensions);
        return ALL.stream().filter(p -> p.dimensions.size() == set.size() && set.containsAll(p.dimensions)).findFirst();
    }

    /** Where the dimension's value is in the projection's row: 0 for {@code a}, 1 for {@code b}, -1 when it is not in the set. */
    public int column(Dimension d) {
        return dimensions.indexOf(d);
    }

    /** The value ids a row of these full-row values has in this projection: {@code {a, b}}, 0 for a column the set does not fill. */
    public int a(Combination values) {
        return dimensions.isEmpty() ? 0 : values.of(dimensions.get(0));
    }

    public int b(Combination values) {
        return dimensions.size() < 2 ? 0 : values.of(dimensions.get(1));
    }

    private static List<Projection> all(Dimension[] d) {
        List<Projection> all = new ArrayList<>(COUNT);
        all.add(new Projection(0, List.of()));
        for (Dimension one : d) {
            all.add(new Projection(all.size(), List.of(one)));
        }
        for (int i = 0; i < d.length; i++) {
            for (int j = i + 1; j < d.length; j++) {
                all.add(new Projection(all.size(), List.of(d[i], d[j])));
            }
        }
        return List.copyOf(all);
    }
}
