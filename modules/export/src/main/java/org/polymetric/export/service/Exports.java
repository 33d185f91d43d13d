package org.polymetric.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.sql.SQLException;
import org.polymetric.export.domain.ExportQuery;
import org.polymetric.export.store.DimensionValues;
import org.polymetric.export.store.RollupRows;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.CallerGame;
import org.polymetric.kernel.security.Permissions;

/**
 * Exports of a game, for the API and the pages alike: checks that the caller may view the game,
 * translates the filters, and gives an {@link ExportRun} that streams the lines to a sink.
 */
@ApplicationScoped
public class Exports {
    @Inject
    AccessGuard guard;

    @Inject
    RollupRows rows;

    @Inject
    DimensionValues values;

    /**
     * The export of {@code gameId} the query asks for, ready to stream; 401 without a caller, 404
     * {@value CallerGame#NO_GAME} for a game the caller may not view (as for one that does not exist).
     *
     * @throws StoreUnavailable when the database does not answer
     */
    public ExportRun prepare(long gameId, ExportQuery query) {
        guard.requireUser();
        if (!guard.can(Permissions.viewGame(gameId))) {
            throw new NotFoundException(CallerGame.NO_GAME);
        }
        try {
            return ExportRun.prepare(rows, values, gameId, query);
        } catch (SQLException e) {
            throw new StoreUnavailable("reading the filter values of game " + gameId, e);
        }
    }
}
