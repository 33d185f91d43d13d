package org.polymetric.counters.domain;

import java.time.Instant;

/**
 * A Photon Server license: its counters ({@code Servers}, {@code CCU}) are written and read by
 * {@code hash}. It belongs to an organization.
 *
 * @param ccuLimit the CCU the license allows, when known: the license page draws it against the CCU
 */
public record License(long id, long organizationId, String hash, String name, Integer ccuLimit, Instant createdAt) {
}
