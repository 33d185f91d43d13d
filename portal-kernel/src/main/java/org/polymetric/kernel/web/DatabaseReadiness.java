package org.polymetric.kernel.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.polymetric.kernel.storage.Storage;

/**
 * {@code /health/ready} is UP only while the database answers, and says so within
 * {@value #WAIT_MILLIS} ms. It says up or down and nothing more: the probe is open to anyone, and a
 * driver's message names hosts, ports and accounts. The cause goes to the server's log instead.
 *
 * <p>The check runs on a thread of its own ({@link BoundedCheck}), because a database that keeps
 * its connections and answers nothing (a stopped server, a network partition) holds whoever asks
 * it, and the pool's own check of a connection waits without a bound: answered on the caller's
 * thread, the probe gave no answer at all while MariaDB was stopped. A result younger than
 * {@value #FRESH_MILLIS} ms is answered as it is, so a probe polled by many load balancers costs
 * the database two checks a second at most, and DOWN follows a silence within 2 s.
 *
 * <p>Requests learn the outage from it ({@link #seenAway()}, asked by {@link OutageFilter}): once
 * the probe has said DOWN, a request is answered 503 within the same bound instead of taking a
 * pooled connection whose own check waits for the socket's time-out (5 s) and then for new
 * connections that cannot open (2 s each). A load balancer stops sending requests on DOWN anyway;
 * those that still come (another balancer, a client on the port) are refused as fast. Without a
 * probe, the first request answered 503 for the database's failure makes the next ones ask
 * ({@link #suspect()}).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    /** The longest a caller waits for the check in flight before it reads DOWN. */
    static final long WAIT_MILLIS = 1_500;
    static final long FRESH_MILLIS = 500;
    /** Seconds the driver's ping may take once a connection is in hand. */
    private static final int PING_SECONDS = 1;
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Resource
    ManagedThreadFactory threads;

    private BoundedCheck database;
    /** Set by {@link #suspect()}; cleared by the next check that says UP. */
    private volatile boolean suspect;

    @PostConstruct
    void start() {
        start(threads);
    }

    void start(ThreadFactory factory) {
        database = new BoundedCheck(DatabaseReadiness::databaseAnswers, WAIT_MILLIS, FRESH_MILLIS, factory);
    }

    @PreDestroy
    void stop() {
        database.close();
    }

    @Override
    public HealthCheckResponse call() {
        return answer(database.answer());
    }

    /**
     * Whether the database is away as the portal last saw it: the last check said DOWN (or did not
     * end in time) and so does a check now, a fresh result or the run in flight within
     * {@value #WAIT_MILLIS} ms. While the last answer was UP this reads one field and asks nothing.
     */
    public boolean seenAway() {
        if (!database.saidNo() && !suspect) {
            return false;
        }
        boolean up = database.answer();
        if (up) {
            suspect = false;
        }
        return !up;
    }

    /**
     * A request has just been answered 503 because the database failed it: until a check says UP,
     * {@link #seenAway()} asks the check even though its last answer was UP. Without a probe
     * polling {@code /health/ready}, every request would otherwise meet a silent database on its
     * own, each held for the socket's time-out and the pool's attempts (some 9 s); now the first
     * does, and the ones after it are answered within the check's bound. A failure the check does
     * not confirm (a lock wait, one lost connection) costs one check.
     */
    public void suspect() {
        suspect = true;
    }

    /** One check, on the check's own thread: a pooled connection that answers a ping. */
    static boolean databaseAnswers() {
        try (Connection c = InitialContext.<DataSource>doLookup(Storage.DATASOURCE).getConnection()) {
            return c.isValid(PING_SECONDS);
        } catch (NamingException e) {
            // the data source is not bound yet: the application is still starting
            LOG.log(Level.FINE, "readiness: no data source yet", e);
            return false;
        } catch (SQLException e) {
            // one line, not a stack trace, and at most two a second (fresh results are reused)
            LOG.warning("readiness: the database does not answer: " + e.getMessage());
            return false;
        }
    }

    /** Built directly, not through the provider lookup, so the answer holds no more than these two facts. */
    private static HealthCheckResponse answer(boolean up) {
        return new HealthCheckResponse("database", up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                Optional.empty());
    }
}
