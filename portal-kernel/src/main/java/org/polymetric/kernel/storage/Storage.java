package org.polymetric.kernel.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;

/**
 * Produces the container-managed {@link EntityManager} of the {@code polymetric} unit for
 * {@code @Inject}, so repositories in the kernel and in modules share one declaration.
 */
@ApplicationScoped
public class Storage {
    /** The JNDI name the WAR gives the portal's datasource. */
    public static final String DATASOURCE = "java:app/jdbc/polymetric";

    /**
     * Query hint (EclipseLink's {@code eclipselink.read-only}) for results that are only read, such
     * as list pages: the provider skips copying and change-tracking them. Never for entities a
     * caller then changes.
     */
    public static final String READ_ONLY = "eclipselink.read-only";

    /**
     * Whether a statement failed on a deadlock or a lock wait timeout: the transaction was rolled
     * back for a conflict with another one, and running it again may pass.
     */
    public static boolean isLockConflict(SQLException e) {
        return "40001".equals(e.getSQLState()) || e.getErrorCode() == 1213 || e.getErrorCode() == 1205;
    }

    @Produces
    @PersistenceContext(unitName = "polymetric")
    EntityManager entityManager;
}
