package org.polymetric.kernel.web;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.polymetric.kernel.storage.Storage;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} is UP only while the database answers. It says up or down and nothing
 * more: the probe is open to anyone, and a driver's message names hosts, ports and accounts. The
 * cause goes to the server's log instead.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Override
    public HealthCheckResponse call() {
        try (Connection c = InitialContext.<DataSource>doLookup(Storage.DATASOURCE).getConnection()) {
            boolean valid = c.isValid(2);
            return answer(valid);
        } catch (NamingException e) {
            // the data source is not bound yet: the application is still starting
            LOG.log(Level.FINE, "readiness: no data source yet", e);
            return answer(false);
        } catch (SQLException e) {
            // one line, not a stack trace: anyone may call the probe, as often as they like
            LOG.warning("readiness: the database does not answer: " + e.getMessage());
            return answer(false);
        }
    }

    /** Built directly, not through the provider lookup, so the answer holds no more than these two facts. */
    private static HealthCheckResponse answer(boolean up) {
        return new HealthCheckResponse("database", up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                Optional.empty());
    }
}
