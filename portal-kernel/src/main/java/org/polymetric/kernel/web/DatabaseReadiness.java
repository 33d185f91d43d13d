package org.polymetric.kernel.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
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
 * those that still come (another balancer, a client on the port) are refused as fast.
 *
 * <p>The portal does not wait for a probe to learn it: {@link #watch} asks the check every
 * {@value #WATCH_MILLIS} ms from the start of the web application ({@code PortalStartup}), a
 * ping on one pooled connection, so a silence is seen within the check's bound and the interval
 * however few requests come. Requests that were already waiting on the database when it fell silent
 * are not saved by it; the first of them answered 503 makes the next ones ask at once
 * ({@link #suspect()}). The cause is logged when the database stops answering and when it answers
 * again, not once per check.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    /** The longest a caller waits for the check in flight before it reads DOWN. */
    static final long WAIT_MILLIS = 1_500;
    static final long FRESH_MILLIS = 500;
    /** Between the end of one watching look and the start of the next. */
    static final long WATCH_MILLIS = 1_000;
    /** Seconds the driver's ping may take once a connection is in hand. */
    private static final int PING_SECONDS = 1;
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Resource
    ManagedThreadFactory threads;

    private BoundedCheck database;
    private ScheduledExecutorService watcher;
    private boolean watching;
    /** What the last check said, so that a change is logged once, not every check. */
    private static volatile boolean lastAnswered = true;
    /** Set by {@link #suspect()}; cleared by the next check that says UP. */
    private volatile boolean suspect;

    @PostConstruct
    void start() {
        start(threads);
    }

    void start(ThreadFactory factory) {
        database = new BoundedCheck(DatabaseReadiness::databaseAnswers, WAIT_MILLIS, FRESH_MILLIS, factory);
        watcher = Executors.newSingleThreadScheduledExecutor(factory);
    }

    /**
     * Looks at the database every {@value #WATCH_MILLIS} ms until the application stops, on a thread
     * of its own (the container's shared scheduler serves the modules' schedules, which a look held
     * by a silent database must not delay). Once is enough; a second call changes nothing.
     */
    public synchronized void watch() {
        if (!watching) {
            watching = true;
            watcher.scheduleWithFixedDelay(database::answer, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        watcher.shutdownNow();
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
            return answered(c.isValid(PING_SECONDS), "its connection did not answer a ping");
        } catch (NamingException e) {
            // the data source is not bound yet: the application is still starting
            LOG.log(Level.FINE, "readiness: no data source yet", e);
            return false;
        } catch (SQLException e) {
            return answered(false, e.getMessage());
        }
    }

    /** One line when the database stops answering (not a stack trace) and one when it is back. */
    private static boolean answered(boolean yes, String why) {
        if (yes != lastAnswered) {
            lastAnswered = yes;
            if (yes) {
                LOG.info("readiness: the database answers again");
            } else {
                LOG.warning("readiness: the database does not answer: " + why);
            }
        }
        return yes;
    }

    /** Built directly, not through the provider lookup, so the answer holds no more than these two facts. */
    private static HealthCheckResponse answer(boolean up) {
        return new HealthCheckResponse("database", up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                Optional.empty());
    }
}
