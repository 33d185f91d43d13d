package org.polymetric.kernel.overview;

/**
 * A figure an organization's games can be ranked by.
 *
 * @param key   unique across modules, lower-case letters (e.g. {@code users}, {@code ccu}, {@code viewers}): the
 *              {@code rank} parameter of {@code /games}
 * @param label how the viewer picks it, e.g. "Users (7 days)"
 */
public record Ranking(String key, String label) {
}
