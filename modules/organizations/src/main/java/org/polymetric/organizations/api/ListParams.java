package org.polymetric.organizations.api;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.polymetric.organizations.domain.Sort;

/**
 * The list parameters every GameAnalytics list shares: {@code page[size]} 1..100 (default 10),
 * {@code page[offset]} ≥ 0, {@code sort} from the endpoint's enum (default {@code id:asc}),
 * {@code expand[]} from the endpoint's allowed objects.
 */
record ListParams(int size, int offset, Sort sort, Set<String> expand) {
    static final int DEFAULT_SIZE = 10;
    static final int MAX_SIZE = 100;

    static ListParams parse(Validation v, String size, String offset, String sort, List<String> expand,
                            List<String> sorts, List<String> expandable) {
        Integer s = v.queryInt("page[size]", size, 1, MAX_SIZE);
        Integer o = v.queryInt("page[offset]", offset, 0, Integer.MAX_VALUE);
        String order = v.queryEnum("sort", sort, sorts);
        return new ListParams(s == null ? DEFAULT_SIZE : s, o == null ? 0 : o,
                Sort.parse(order == null ? "id:asc" : order), expand(v, expand, expandable));
    }

    /** {@code expand[]}, which the seed takes on every games and studios endpoint: each value from {@code expandable}. */
    static Set<String> expand(Validation v, List<String> expand, List<String> expandable) {
        Set<String> expanded = new TreeSet<>();
        for (String e : expand == null ? List.<String>of() : expand) {
            String value = v.queryEnum("expand[]", e, expandable);
            if (value != null) {
                expanded.add(value);
            }
        }
        return expanded;
    }
}
