package org.polymetric.kernel.web;

import java.util.List;

/** One slice of a list and the list's total length (counted after filtering, before paging). */
public record Page<T>(List<T> items, long total) {

    /** Slices an in-memory list; for short lists such as a user's organizations. */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return new Page<>(all.subList(from, to), all.size());
    }
}
