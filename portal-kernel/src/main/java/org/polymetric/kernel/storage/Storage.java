package org.polymetric.kernel.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

    @Produces
    @PersistenceContext(unitName = "polymetric")
    EntityManager entityManager;
}
