package org.polymetric.organizations.web;

import java.util.List;
import org.polymetric.organizations.domain.Sort;

/**
 * The page and order of a list page, from {@code page} and {@code sort} query parameters. Pages
 * forgive bad values (a hand-edited address shows the first page in the default order).
 */
public record Listing(int page, String sort, int size) {
    public static final int SIZE = 25;

    public static Listing parse(String page, String sort, List<String> sorts, String fallback) {
        Long n = PageContext.id(page);
        int number = n == null ? 1 : (int) Math.min(n, 1_000_000);
        return new Listing(number, sort != null && sorts.contains(sort) ? sort : fallback, SIZE);
    }

    public int offset() {
        return (page - 1) * size;
    }

    public Sort order() {
        return Sort.parse(sort);
    }

    public int pages(long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** The sort a column header links to: its ascending order, or descending when already ascending. */
    public String toggle(String property) {
        return sort.equals(property + ":asc") ? property + ":desc" : property + ":asc";
    }

    /** An arrow for the column the list is sorted by. */
    public String arrow(String property) {
        if (sort.equals(property + ":asc")) {
            return " ↑";
        }
        return sort.equals(property + ":desc") ? " ↓" : "";
    }
}
