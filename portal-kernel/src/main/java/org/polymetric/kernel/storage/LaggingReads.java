package org.polymetric.kernel.storage;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.OptionalLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.polymetric.kernel.Beans;

/**
 * The one way to read data that may lag: a repository asks {@link #source()} for its connections
 * instead of naming the portal's datasource. Within a {@link MayLag} request they come from the
 * replica while one is configured and close enough behind ({@link Replica}); anywhere else (another
 * request, a background job), or with no replica, or one too far behind, stopped or away, from the
 * primary. A repository never knows which.
 *
 * <p>A replica whose connection fails under a request is left for the primary at once, for that
 * read and the following ones, until the next check finds it well: a replica that dies costs no
 * answer. The primary's data is newer, so the request's header still bounds its age.
 */
@ApplicationScoped
public class LaggingReads {
    /** From this many seconds on, a page read from the replica says how old its figures may be. */
    public static final long NOTE_SECONDS = 3;

    @Resource(lookup = Storage.DATASOURCE)
    DataSource primary;

    @Inject
    Replica replica;

    private final DataSource routed = new Routed();

    /** Where reads that may lag get their connections. */
    public DataSource source() {
        return routed;
    }

    /** Chooses the current request's route (the {@link MayLag} filter does, before the resource runs). */
    OptionalLong choose(LaggingRoute route) {
        OptionalLong staleness = replica.staleness();
        route.choose(staleness);
        return staleness;
    }

    /**
     * Seconds the current request's data may be old, when its reads that may lag go to the replica;
     * empty otherwise (pages show a note when it is more than a few seconds).
     */
    public OptionalLong staleness() {
        LaggingRoute route = current();
        return route != null && route.chosen() ? route.staleness() : OptionalLong.empty();
    }

    private static LaggingRoute current() {
        try {
            LaggingRoute route = Beans.get(LaggingRoute.class);
            route.chosen();
            return route;
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    Connection connection() throws SQLException {
        if (staleness().isEmpty()) {
            return primary.getConnection();
        }
        try {
            return replica.pool().getConnection();
        } catch (SQLException e) {
            replica.failed(e);
            return primary.getConnection();
        }
    }

    /** The data source repositories see: each connection from where the request's route says. */
    private final class Routed implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return connection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException("reads that may lag use the portal's accounts");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
