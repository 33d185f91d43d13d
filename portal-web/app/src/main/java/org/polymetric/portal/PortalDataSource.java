package org.polymetric.portal;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Defines the portal's datasource ({@code java:app/jdbc/polymetric}, the kernel's persistence
 * unit's). Its coordinates come from MicroProfile Config: the launcher sets them as system
 * properties, or an operator does.
 *
 * <p>The pool is set for a database that goes away and comes back (kernel README, "When the
 * database is away"): a connection is checked (a query, below) before it is handed out unless it
 * passed a check in the last second, and one that fails the check makes the pool drop all of them,
 * so after a restart of MariaDB the next request gets a new connection instead of a dead socket,
 * without restarting the portal. The second spares a statement per transaction to a connection
 * taken again and again under load; a connection that died within it is handed out once, and that
 * request is answered 503 as any the restart cut. A caller waits at most 2 s for a free connection and a new connection at most 2 s
 * to open (Payara's defaults: 60 s and the driver's 30 s): an exhausted pool or an unreachable
 * database is a 503 in seconds, not a request that hangs.
 *
 * <p>A database that keeps its connections and answers nothing (a stopped or hung server, a
 * network partition) is bounded too. The check is a query ({@code table} validation: Payara's
 * {@code JDBC40ConnectionValidation} calls {@code isValid(0)}, which Connector/J runs without any
 * time-out), so it ends with the connection's {@code socketTimeout}
 * ({@link BoundedMariaDbDataSource}, 5 s); the table is the kernel's migration history, which
 * exists wherever the portal runs. A write waiting on a lock ({@code FLUSH TABLES WITH READ LOCK},
 * a backup, a DDL, another transaction's rows) gives up after 3 s with the server's own error
 * (the data source's {@code sessionVariables}), answered 503, and nothing of it is stored.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = "java:app/jdbc/polymetric",
        className = "org.polymetric.portal.BoundedMariaDbDataSource",
        url = "${MPCONFIG=polymetric.db.url}",
        user = "${MPCONFIG=polymetric.db.user}",
        password = "${MPCONFIG=polymetric.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        loginTimeout = 2,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=table",
                "fish.payara.validation-table-name=flyway_history_kernel",
                "fish.payara.validate-atmost-once-period-in-seconds=1",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=2000"
        })
public class PortalDataSource {
}
