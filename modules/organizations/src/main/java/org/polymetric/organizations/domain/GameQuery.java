package org.polymetric.organizations.domain;

import org.polymetric.kernel.security.Reach;

/**
 * A games list request after validation.
 *
 * @param reach    what the caller may see
 * @param studioId {@code filter[studio.id]}, or null
 * @param title    {@code filter[title]} (case-insensitive substring), or null
 * @param sort     the order
 * @param offset   {@code page[offset]}
 * @param size     {@code page[size]}
 */
public record GameQuery(Reach reach, Long studioId, String title, Sort sort, int offset, int size) {
}
