package org.polymetric.portal;

import java.sql.SQLException;
import org.mariadb.jdbc.MariaDbDataSource;
import org.polymetric.kernel.storage.BoundedUrl;

/**
 * MariaDB Connector/J's data source, with bounds on how long a connection waits on the server;
 * each is added to the configured URL unless it sets that option itself (an operator's value wins).
 *
 * <p>{@code socketTimeout} {@value #SOCKET_TIMEOUT_MS} ms: without it a connection waits as long as
 * the server keeps silent (a stopped mariadbd, a network partition, a hung server): a statement in
 * flight, the pool's check of a connection before it is handed out, and so every request behind
 * them. It cuts only a statement during which the server sends nothing for that long. A streamed
 * read (the export's CSV) waits on its client, not on the server, and is not cut; the portal's
 * statements take milliseconds (the benchmarks' slowest reads take tens of milliseconds, purges
 * delete in chunks, journal folds take bounded batches). Connector/J's
 * {@code Statement.setQueryTimeout} would not do: it is the server's {@code max_statement_time},
 * which a silent server never applies. Migrations run in the launcher on connections of their own.
 *
 * <p>{@code sessionVariables}: a statement waiting on a lock gives up after
 * {@value #LOCK_WAIT_SECONDS} s, before the socket's bound, so that the server, not the socket,
 * says how it ended (the statement rolled back, the connection usable, answered 503):
 * {@code lock_wait_timeout} (metadata locks: every write and commit while someone holds
 * {@code FLUSH TABLES WITH READ LOCK}; MariaDB's default is a day) and
 * {@code innodb_lock_wait_timeout} (row locks; default 50 s), which writers that retry lock
 * conflicts retry.
 */
public class BoundedMariaDbDataSource extends MariaDbDataSource {
    static final int SOCKET_TIMEOUT_MS = BoundedUrl.SOCKET_TIMEOUT_MS;
    static final int LOCK_WAIT_SECONDS = BoundedUrl.LOCK_WAIT_SECONDS;

    @Override
    public void setUrl(String url) throws SQLException {
        super.setUrl(withDefaults(url));
    }

    /** {@code url} with each bound its query string does not set (the replica's pool adds the same). */
    static String withDefaults(String url) {
        return BoundedUrl.of(url);
    }
}
