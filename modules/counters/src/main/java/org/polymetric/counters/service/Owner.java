package org.polymetric.counters.service;

import org.polymetric.counters.store.SeriesKey;

/**
 * Whose counters these are: a game (named by its key, Photon's {@code appid}) or a Photon
 * Server license (named by its {@code hash}), and where it sits in the tenancy tree.
 *
 * @param type    {@link SeriesKey#GAME} or {@link SeriesKey#LICENSE}
 * @param studioId the game's studio; null for a license, which belongs to its organization
 */
public record Owner(char type, long id, String name, long organizationId, Long studioId) {
}
