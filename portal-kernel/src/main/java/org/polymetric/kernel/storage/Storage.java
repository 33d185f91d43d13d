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

    @Produces
    @PersistenceContext(unitName = "polymetric")
    EntityManager entityManager;
}
