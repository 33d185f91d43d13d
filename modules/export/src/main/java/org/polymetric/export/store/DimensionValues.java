package org.polymetric.export.store;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.polymetric.export.domain.Dimension;

/**
 * A game's values of each dimension, by the ids rollup rows carry. Id 0 is no value ({@code ""}:
 * a beacon without a page, a city the kernel could not place), stored nowhere.
 */
public interface DimensionValues {
    /** The ids of those of {@code values} the game has under the dimension; a value never stored is absent. */
    Map<String, Integer> ids(long gameId, Dimension dimension, Collection<String> values) throws SQLException;

    /** The values of these ids of the game's dimension (0 is {@code ""}). */
    Map<Integer, String> values(long gameId, Dimension dimension, Collection<Integer> ids) throws SQLException;

    /** At most {@code limit} of the game's values of the dimension that start with {@code prefix}, in code point order. */
    List<String> suggestions(long gameId, Dimension dimension, String prefix, int limit) throws SQLException;
}
