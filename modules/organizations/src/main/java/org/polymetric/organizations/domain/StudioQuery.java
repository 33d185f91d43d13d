package org.polymetric.organizations.domain;

import org.polymetric.kernel.security.Reach;

/** A studios list request after validation; {@code name} filters by case-insensitive substring. */
public record StudioQuery(Reach reach, String name, Sort sort, int offset, int size) {
}
