package org.polymetric.portal;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Defines the portal's datasource ({@code java:app/jdbc/polymetric}, the kernel's persistence
 * unit's). Its coordinates come from MicroProfile Config: the launcher sets them as system
 * properties, or an operator does.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = "java:app/jdbc/polymetric",
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=polymetric.db.url}",
        user = "${MPCONFIG=polymetric.db.user}",
        password = "${MPCONFIG=polymetric.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
public class PortalDataSource {
}
