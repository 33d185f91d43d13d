package org.polymetric.kernel.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.polymetric.kernel.identity.Grant;
import org.polymetric.kernel.tenancy.GameDirectory;
import org.polymetric.kernel.tenancy.ResourceType;

/**
 * The game an API call is about, for dialects whose key belongs to one customer (System73's Stats
 * API, Peer5's export): a token scoped to one game is that game; any other caller (a token of a
 * studio or organization, a Basic user) names it with {@code game_id}. A game the caller may not
 * view answers exactly as one that does not exist ({@value #NO_GAME}), so ids of other studios and
 * organizations cannot be probed. Refusals are {@link Refused}, which each module answers in its
 * dialect's shape.
 */
@ApplicationScoped
public class CallerGame {
    public static final String NO_GAME = "no such game";
    public static final String GAME_ID_MESSAGE = "game_id must name a game: a whole number";
    public static final String GAME_ID_MISSING = "game_id is required for a token or user that reaches more than one game";
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    /** Why a call has no game. */
    public enum Reason {
        /** {@code game_id} is needed and absent: a 400. */
        MISSING,
        /** {@code game_id} is not a whole number: a 400. */
        MALFORMED,
        /** No such game, or one out of the caller's reach: a 404. */
        UNKNOWN
    }

    /** A call without a game it may read. */
    public static final class Refused extends RuntimeException {
        private final Reason reason;

        Refused(Reason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }

        /** 400 for a missing or malformed {@code game_id}, 404 for a game out of reach. */
        public int status() {
            return reason == Reason.UNKNOWN ? 404 : 400;
        }
    }

    @Inject
    AccessGuard guard;

    @Inject
    GameDirectory games;

    /**
     * The game the call is about; 401 ({@code NotAuthorizedException}) without credentials,
     * {@link Refused} for a bad or missing {@code game_id} or a game out of reach.
     */
    public long resolve(String gameIdParameter) throws SQLException {
        PortalPrincipal me = guard.requireUser();
        Grant scope = me.tokenScope();
        Long named = parse(gameIdParameter);
        long gameId;
        if (scope != null && scope.resource() == ResourceType.GAME) {
            if (named != null && named != scope.resourceId()) {
                throw new Refused(Reason.UNKNOWN, NO_GAME);
            }
            gameId = scope.resourceId();
        } else if (named == null) {
            throw new Refused(Reason.MISSING, GAME_ID_MISSING);
        } else {
            gameId = named;
        }
        if (games.byId(gameId).isEmpty() || !guard.can(Permissions.viewGame(gameId))) {
            throw new Refused(Reason.UNKNOWN, NO_GAME);
        }
        return gameId;
    }

    private static Long parse(String text) {
        if (text == null) {
            return null;
        }
        if (!ID.matcher(text).matches()) {
            throw new Refused(Reason.MALFORMED, GAME_ID_MESSAGE);
        }
        return Long.parseLong(text);
    }
}
