package org.polymetric.streamstats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.sql.SQLException;
import org.polymetric.kernel.security.CallerGame;
import org.polymetric.streamstats.domain.BadParameter;
import org.polymetric.streamstats.store.StoreFailure;

/**
 * Who the customer of a Stats API call is: System73's key belongs to one customer, so the kernel's
 * {@link CallerGame} decides; this answers its refusals as the Stats API does (400
 * {@code {"error": ...}}, 404 {@value CallerGame#NO_GAME}, 503 when the database does not answer).
 */
@ApplicationScoped
public class Customers {
    @Inject
    CallerGame callerGame;

    /** The game the call is about; 401 without credentials, 400 for a bad or missing {@code game_id}, 404 for a game out of reach. */
    public long resolve(String gameIdParameter) {
        try {
            return callerGame.resolve(gameIdParameter);
        } catch (CallerGame.Refused e) {
            if (e.reason() == CallerGame.Reason.UNKNOWN) {
                throw new NotFoundException(e.getMessage());
            }
            throw new BadParameter(e.getMessage());
        } catch (SQLException e) {
            throw new StoreFailure("reading the game named by the call", e);
        }
    }
}
