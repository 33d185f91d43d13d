package org.polymetric.kernel.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.polymetric.kernel.config.PortalSettings;
import org.polymetric.kernel.config.Setting;
import org.polymetric.kernel.config.Settings;

/**
 * The replica named by {@code POLYMETRIC_DB_REPLICA_URL}, when there is one: its pool, and how far
 * behind it is. Its lag is read every {@value #CHECK_EVERY_MILLIS} ms on a thread of its own, never
 * on a request's way; a check that hangs (a silent replica) holds only that thread, and its last
 * answer stops counting after {@link ReplicaState#TRUSTED_MILLIS}. Whether the replica serves
 * changes are logged once each way, not per request.
 *
 * <p>The pool is bounded as the primary's is (the WAR's {@code PortalDataSource}): a caller waits
 * at most 2 s for a connection, a statement with a silent server at most
 * {@value BoundedUrl#SOCKET_TIMEOUT_MS} ms ({@link BoundedUrl}), a connection idle for a while is
 * checked before it is handed out. It is HikariCP, made here, because a
 * {@code @DataSourceDefinition} is bound whether a replica is configured or not. Its connections
 * are read-only and take part in no transaction: nothing written goes there.
 */
@ApplicationScoped
public class Replica {
    static final long CHECK_EVERY_MILLIS = 1_000;
    private static final Logger LOG = Logger.getLogger(Replica.class.getName());
    private static final int MAX_CONNECTIONS = 32;
    private static final Metadata LAG = Metadata.builder().withName("polymetric_replica_lag_seconds")
            .withDescription("The replica's Seconds_Behind_Master at the last check; -1 while it is not replicating or not answering").build();
    private static final Metadata SERVING = Metadata.builder().withName("polymetric_replica_serving")
            .withDescription("1 while reads that may lag go to the replica, 0 while they go to the primary").build();
    private static final Metadata FALLBACKS = Metadata.builder().withName("polymetric_replica_fallbacks")
            .withDescription("Times reads that may lag went back to the primary (replica too far behind, stopped or away)").build();

    @Inject
    PortalSettings settings;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    private HikariDataSource pool;
    private ScheduledExecutorService checker;
    private long maxLagSeconds;
    private Counter fallbacks;
    private volatile ReplicaState state = ReplicaState.unknown();
    // written by the checker thread and by callers whose connection failed
    private volatile boolean serving;

    /** Starts with the application, so the first lagging read finds a checked replica. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Settings s = settings.get();
        Optional<String> url = s.get(Setting.DB_REPLICA_URL);
        if (url.isEmpty()) {
            return;
        }
        maxLagSeconds = Long.parseLong(s.require(Setting.DB_REPLICA_MAX_LAG));
        ManagedThreadFactory threads = threads();
        HikariConfig config = new HikariConfig();
        config.setPoolName("polymetric-replica");
        config.setDriverClassName("org.mariadb.jdbc.Driver");
        config.setJdbcUrl(BoundedUrl.of(url.get()));
        config.setUsername(s.get(Setting.DB_REPLICA_USER).or(() -> s.get(Setting.DB_USER)).orElse(""));
        config.setPassword(s.get(Setting.DB_REPLICA_PASSWORD).or(() -> s.get(Setting.DB_PASSWORD)).orElse(""));
        config.setReadOnly(true);
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(2);
        config.setConnectionTimeout(2_000);
        config.setValidationTimeout(1_000);
        // the replica may be away when the portal starts: the pool opens anyway, and reads go to the primary
        config.setInitializationFailTimeout(-1);
        config.setThreadFactory(threads);
        config.setRegisterMbeans(false);
        pool = new HikariDataSource(config);
        registry.gauge(LAG, this, r -> r.state.lagSeconds());
        registry.gauge(SERVING, this, r -> r.serving ? 1 : 0);
        fallbacks = registry.counter(FALLBACKS);
        checker = Executors.newSingleThreadScheduledExecutor(threads);
        checker.scheduleWithFixedDelay(this::check, 0, CHECK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        LOG.info("replica: reads that may lag go to " + shown(url.get()) + " while it lags at most " + maxLagSeconds + " s");
    }

    /**
     * The server's default thread factory, looked up rather than injected: Payara's deployment scan
     * took an injected field of this class for an environment entry (a String) and failed the
     * deployment.
     */
    private static ManagedThreadFactory threads() {
        try {
            return InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
        } catch (NamingException e) {
            throw new IllegalStateException("no managed thread factory for the replica's checks", e);
        }
    }

    @PreDestroy
    void stop() {
        if (checker != null) {
            checker.shutdownNow();
        }
        if (pool != null) {
            pool.close();
        }
    }

    /** Whether a replica is configured at all. */
    public boolean configured() {
        return pool != null;
    }

    /** The last check's finding. */
    public ReplicaState state() {
        return state;
    }

    public long maxLagSeconds() {
        return maxLagSeconds;
    }

    /**
     * How old, at most, the replica's answers are now, when reads that may lag go there; empty when
     * they go to the primary (no replica, or it is too far behind, stopped or away).
     */
    OptionalLong staleness() {
        if (pool == null) {
            return OptionalLong.empty();
        }
        long now = System.currentTimeMillis();
        ReplicaState s = state;
        boolean serves = s.serves(maxLagSeconds, now);
        changeServing(serves, s);
        return serves ? s.stalenessSeconds(now) : OptionalLong.empty();
    }

    DataSource pool() {
        return pool;
    }

    /** A connection to the replica failed under a caller: reads go to the primary until a check finds it again. */
    void failed(SQLException e) {
        ReplicaState s = ReplicaState.unreachable(System.currentTimeMillis());
        state = s;
        changeServing(false, s);
    }

    /** One check: the replica's status row, read on a pooled connection. */
    void check() {
        ReplicaState s;
        try (Connection c = pool.getConnection(); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SHOW REPLICA STATUS")) {
            s = ReplicaState.of(r.next() ? row(r) : null, System.currentTimeMillis());
        } catch (SQLException | RuntimeException e) {
            s = ReplicaState.unreachable(System.currentTimeMillis());
            if (state.condition() != ReplicaState.Condition.UNREACHABLE) {
                LOG.warning("replica: cannot read its status: " + e.getMessage());
            }
        }
        state = s;
        changeServing(s.serves(maxLagSeconds, System.currentTimeMillis()), s);
    }

    private static Map<String, String> row(ResultSet r) throws SQLException {
        ResultSetMetaData meta = r.getMetaData();
        Map<String, String> row = new HashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnLabel(i), r.getString(i));
        }
        return row;
    }

    private synchronized void changeServing(boolean serves, ReplicaState s) {
        if (serves == serving) {
            return;
        }
        serving = serves;
        if (serves) {
            LOG.info("replica: reads that may lag go to the replica (lag " + s.lagSeconds() + " s)");
        } else {
            fallbacks.inc();
            LOG.warning("replica: reads that may lag go to the primary: " + why(s));
        }
    }

    private String why(ReplicaState s) {
        return switch (s.condition()) {
            case REPLICATING -> s.lagSeconds() > maxLagSeconds
                    ? "it is " + s.lagSeconds() + " s behind (POLYMETRIC_DB_REPLICA_MAX_LAG=" + maxLagSeconds + ")"
                    : "its status was not read for " + (System.currentTimeMillis() - s.checkedAtMillis()) + " ms";
            case STOPPED -> "replication is stopped (SHOW REPLICA STATUS: a thread not running or no Seconds_Behind_Master)";
            case NOT_A_REPLICA -> "the server replicates nothing (SHOW REPLICA STATUS is empty)";
            case UNREACHABLE -> "it does not answer";
            case UNKNOWN -> "it was not checked yet";
        };
    }

    /** The URL without its query string, which may hold a password. */
    private static String shown(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }
}
