package org.polymetric.organizations.domain;

import java.util.List;

/** One page of a filtered list and the filtered list's total. */
public record Slice<T>(List<T> items, long total) {
}
