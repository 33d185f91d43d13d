package org.polymetric.streamstats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.polymetric.kernel.identity.Grant;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.PortalPrincipal;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.tenancy.GameCard;
import org.polymetric.kernel.tenancy.GameDirectory;
import org.polymetric.kernel.tenancy.ResourceType;
import org.polymetric.streamstats.domain.BadParameter;
import org.polymetric.streamstats.store.StoreFailure;

/**
 * Who the customer of a Stats API call is: System73's key belongs to one customer, so a token
 * scoped to one game is that game; any other caller (a token of a studio or organization, a
 * Basic user) names it with {@code game_id}. A game the caller may not view answers exactly as
 * one that does not exist (404 {@value #NO_GAME}), so ids of other studios and organizations
 * cannot be probed.
 */
@ApplicationScoped
public class Customers {
    public static final String NO_GAME = "no such game";
    public static final String GAME_ID_MESSAGE = "game_id must name a game: a whole number";
    public static final String GAME_ID_MISSING = "game_id is required for a token or user that reaches more than one game";
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    @Inject
    AccessGuard guard;

    @Inject
    GameDirectory games;

    /** The game the call is about; 401 without credentials, 400 for a bad or missing {@code game_id}, 404 for a game out of reach. */
    public long resolve(String gameIdParameter) {
        PortalPrincipal me = guard.requireUser();
        Grant scope = me.tokenScope();
        Long named = parse(gameIdParameter);
        long gameId;
        if (scope != null && scope.resource() == ResourceType.GAME) {
            if (named != null && named != scope.resourceId()) {
                throw new NotFoundException(NO_GAME);
            }
            gameId = scope.resourceId();
        } else if (named == null) {
            throw new BadParameter(GAME_ID_MISSING);
        } else {
            gameId = named;
        }
        if (card(gameId).isEmpty() || !guard.can(Permissions.viewGame(gameId))) {
            throw new NotFoundException(NO_GAME);
        }
        return gameId;
    }

    private static Long parse(String text) {
        if (text == null) {
            return null;
        }
        if (!ID.matcher(text).matches()) {
            throw new BadParameter(GAME_ID_MESSAGE);
        }
        return Long.parseLong(text);
    }

    private Optional<GameCard> card(long id) {
        try {
            return games.byId(id);
        } catch (SQLException e) {
            throw new StoreFailure("reading game " + id, e);
        }
    }
}
