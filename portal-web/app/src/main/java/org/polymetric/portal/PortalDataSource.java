package org.polymetric.portal;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Defines the portal's datasource ({@code java:app/jdbc/polymetric}, the kernel's persistence
 * unit's). Its coordinates come from MicroProfile Config: the launcher sets them as system
 * properties, or an operator does.
 *
 * <p>The pool is set for a database that goes away and comes back (kernel README, "When the
 * database is away"): every connection is checked ({@code Connection.isValid}, a ping) before it
 * is handed out, and one that fails the check makes the pool drop all of them, so after a restart
 * of MariaDB the next request gets a new connection instead of a dead socket, without restarting
 * the portal. A caller waits at most 2 s for a free connection and a new connection at most 2 s
 * to open (Payara's defaults: 60 s and the driver's 30 s): an exhausted pool or an unreachable
 * database is a 503 in seconds, not a request that hangs.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = "java:app/jdbc/polymetric",
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=polymetric.db.url}",
        user = "${MPCONFIG=polymetric.db.user}",
        password = "${MPCONFIG=polymetric.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        loginTimeout = 2,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=2000"
        })
public class PortalDataSource {
}
