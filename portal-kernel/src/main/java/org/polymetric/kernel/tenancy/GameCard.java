package org.polymetric.kernel.tenancy;

import java.time.ZoneId;

/**
 * What modules need of a game, as {@link GameDirectory} hands it out: immutable, so a cached card
 * can be shared by every request.
 *
 * @param studioId the game's studio (every game has one)
 * @param key      the public key as stored (the portal makes 40 lower-case hex digits): Countly's
 *                 {@code app_key}, Photon's {@code appid}
 * @param secret   the checksum salt SDKs share with the server
 * @param zone     the zone the game's days are cut in ({@link Game#zoneOf})
 */
public record GameCard(long id, long organizationId, long studioId, String key, String secret, ZoneId zone, String title,
                       State state) {

    /** Whether a game takes data, and if not, why (the first that applies, in this order: archived, disabled, paused). */
    public enum State {
        LIVE, PAUSED, DISABLED, ARCHIVED;

        static State of(boolean paused, boolean disabled, boolean archived) {
            return archived ? ARCHIVED : disabled ? DISABLED : paused ? PAUSED : LIVE;
        }
    }

    /**
     * The card of a game already read as an entity (a page about it, an organization's list of
     * games), so a page asking modules about many games needs no query per game.
     */
    public static GameCard of(Game game) {
        return new GameCard(game.getId(), game.getOrganizationId(), game.getStudioId(), game.getKey(), game.getSecretKey(),
                Game.zoneOf(game.getTimezone()), game.getTitle(), State.of(game.isPaused(), game.isDisabled(), game.isArchived()));
    }

    /** Whether SDKs may send it data: not paused, disabled or archived. */
    public boolean accepting() {
        return state == State.LIVE;
    }

    /** Where it sits, for permission checks. */
    public Containment containment() {
        return new Containment(organizationId, studioId, id);
    }
}
