package org.polymetric.kernel.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.OptionalLong;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.tenancy.TenancyDirectory;

/**
 * The game a module's page is about ({@code /<module>/games/{id}/…}): the caller must be signed
 * in and may view it; anything else, an id that is not one, an unknown game and another
 * organization's game alike, is the themed 404, so a page never tells ids it hides apart from
 * ids that do not exist. Every module's game pages come through here, so the rule is one rule.
 */
@ApplicationScoped
public class PageGames {
    /** Digits of a game id in a path: any id a BIGINT column hands out in practice, and always a {@code long}. */
    static final int ID_DIGITS = 18;

    @Inject
    AccessGuard guard;

    @Inject
    TenancyDirectory tenancy;

    /**
     * The game {@code rawId} names, for a caller who may view it.
     *
     * @throws NotFoundException for anything else (the themed 404 on a page)
     */
    public Game viewable(String rawId) {
        guard.requireUser();
        long id = id(rawId).orElseThrow(NotFoundException::new);
        if (!guard.can(Permissions.viewGame(id))) {
            throw new NotFoundException();
        }
        return tenancy.game(id).orElseThrow(NotFoundException::new);
    }

    /**
     * A path's id: 1 to {@value #ID_DIGITS} digits and nothing else, checked before it is parsed,
     * so a long or odd path segment never reaches a parser; empty for anything else.
     */
    static OptionalLong id(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > ID_DIGITS) {
            return OptionalLong.empty();
        }
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) < '0' || raw.charAt(i) > '9') {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(Long.parseLong(raw));
    }
}
