package org.polymetric.streamstats.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;

/** A query's text and arguments built together, so conditions and their values cannot drift apart. */
final class Sql {
    /** Ids bound in one {@code IN} list; more are read in several queries. */
    static final int IDS_PER_QUERY = 1000;

    private final StringBuilder text;
    private final List<Object> args = new ArrayList<>();

    Sql(String start) {
        text = new StringBuilder(start);
    }

    Sql add(String part, Object... values) {
        text.append(part);
        args.addAll(List.of(values));
        return this;
    }

    /** {@code AND column = ?} when {@code value} is named. */
    Sql equal(String column, String value) {
        return value == null ? this : add(" AND " + column + " = ?", value);
    }

    /** {@code AND column IN (...)} over ids or texts. */
    Sql in(String column, Collection<?> values) {
        StringJoiner marks = new StringJoiner(", ", " AND " + column + " IN (", ")");
        values.forEach(v -> marks.add("?"));
        text.append(marks);
        args.addAll(values);
        return this;
    }

    String text() {
        return text.toString();
    }

    /** Binds the arguments from parameter {@code first} on (those before it are the caller's). */
    void bind(PreparedStatement s, int first) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            s.setObject(first + i, args.get(i));
        }
    }

    /** {@code ids} (or keys) in slices of {@link #IDS_PER_QUERY}; null (every id) is one slice, null. */
    static <T> List<List<T>> slices(Collection<T> ids) {
        if (ids == null) {
            return Collections.singletonList(null);
        }
        List<T> all = List.copyOf(ids);
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            slices.add(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)));
        }
        return slices;
    }
}
