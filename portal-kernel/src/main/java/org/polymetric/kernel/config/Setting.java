package org.polymetric.kernel.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.polymetric.kernel.identity.EmailAddress;

/**
 * Every setting of the kernel; modules declare their own ({@link ModuleSettings}). Each is read from an environment variable ({@link #env()}) or
 * the matching MicroProfile Config / {@code -D} property ({@link #property()}), the property winning.
 */
public enum Setting {
    HTTP_PORT("8080", Setting::port),
    DATA_DIR("./data", Setting::nonBlank),
    DB_URL(null, Setting::mariadbUrl),
    DB_USER(null, Setting::nonBlank),
    DB_PASSWORD(null, v -> v),
    /** A replica of the database: reads that may lag (dashboards, read APIs, exports) run on it ({@code storage.LaggingReads}). */
    DB_REPLICA_URL(null, Setting::mariadbUrl),
    /** The replica's account; the primary's when unset. */
    DB_REPLICA_USER(null, Setting::nonBlank),
    DB_REPLICA_PASSWORD(null, v -> v),
    /** Seconds the replica may lag before lagging reads go to the primary again. */
    DB_REPLICA_MAX_LAG("30", Setting::maxLag),
    ADMIN_EMAIL(null, Setting::email),
    ADMIN_PASSWORD(null, Setting::password),
    ORG_NAME("My organization", Setting::orgName),
    /** One of the themes the WAR's theme jars declare ({@link SettingsCatalog}); checked against them by {@link Settings}. */
    THEME("default", Setting::nonBlank),
    SMTP_HOST(null, Setting::nonBlank),
    SMTP_PORT("25", Setting::port),
    SMTP_USER(null, Setting::nonBlank),
    SMTP_PASSWORD(null, v -> v),
    SMTP_FROM("Polymetric <polymetric@localhost>", Setting::nonBlank),
    API_RATE_LIMIT("0", Setting::count),
    /** A bearer token that may read {@code /metrics} (Prometheus); without it only portal administrators may. */
    METRICS_TOKEN(null, Setting::metricsToken),
    /** A MaxMind-format city database; the kernel's geo lookup then prefers it to the bundled country database. */
    GEOIP_CITY_DB(null, GeoDatabaseFile::check),
    /** A MaxMind-format ASN database (GeoLite2-ASN, DB-IP ASN Lite); the kernel's geo lookup then names networks. */
    GEOIP_ASN_DB(null, GeoDatabaseFile::check),
    /** Proxies (CIDR list) whose X-Forwarded-For/Forwarded and X-Forwarded-Proto are believed; none by default. */
    TRUSTED_PROXIES(null, TrustedProxies::check),
    /** The portal's address as people reach it; links in mail are built on it. */
    PUBLIC_URL(null, PublicUrl::check),
    /** The largest request body any path takes (10 MiB); endpoints may take less. */
    MAX_REQUEST_BYTES("10485760", Setting::requestBytes),
    /** API requests each lane (a module's API, the portal's ingest, its other APIs) serves at once, all lanes twice that; past it 503 at once; 0: no limit. */
    API_CONCURRENCY("256", Setting::count),
    /** A name: the instance joins the Payara (Hazelcast) cluster of that name instead of running alone. */
    CLUSTER(null, ClusterSettings::name),
    /** The data-grid addresses (host:port, comma-separated) where the cluster's members are found. */
    CLUSTER_MEMBERS(null, ClusterSettings::members),
    /** The interface(s) the data grid binds to; loopback when unset. */
    CLUSTER_INTERFACE(null, ClusterSettings::interfaces),
    /** The first port the data grid tries (Payara's 6900 when unset; it moves up while one is taken). */
    CLUSTER_PORT(null, Setting::port),
    /**
     * Seconds a stopping instance keeps serving, {@code /health/ready} DOWN, before it refuses new
     * requests: a load balancer's checks take it out first, so none of its requests meets the stop.
     */
    DRAIN_GRACE("0", Setting::drainGrace),
    /** The launcher's memory profile: {@code standard} (a 1 GB heap) or {@code small} (for a 1 GB machine). */
    MEMORY("standard", Setting::memory);

    public static final String ENV_PREFIX = "POLYMETRIC_";
    public static final String PROPERTY_PREFIX = "polymetric.";

    private final String defaultValue;
    private final UnaryOperator<String> check;

    Setting(String defaultValue, UnaryOperator<String> check) {
        this.defaultValue = defaultValue;
        this.check = check;
    }

    public String env() {
        return ENV_PREFIX + name();
    }

    /** The MicroProfile Config name, e.g. {@code polymetric.db.url} for {@code POLYMETRIC_DB_URL}. */
    public String property() {
        return PROPERTY_PREFIX + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** Returns the normalised value or throws {@link SettingException} naming the setting and why. */
    public String check(String raw) {
        try {
            return check.apply(raw);
        } catch (IllegalArgumentException e) {
            throw new SettingException(env() + "=" + shown(raw) + " is invalid: " + e.getMessage());
        }
    }

    String shown(String raw) {
        return this == ADMIN_PASSWORD || this == DB_PASSWORD || this == DB_REPLICA_PASSWORD || this == SMTP_PASSWORD || this == METRICS_TOKEN ? "(hidden)" : "'" + raw + "'";
    }

    /** Finds the setting for an environment name or a property name; empty for unknown names. */
    public static Optional<Setting> byName(String name) {
        return Arrays.stream(values())
                .filter(s -> s.env().equals(name) || s.property().equals(name))
                .findFirst();
    }

    private static String port(String v) {
        try {
            int port = Integer.parseInt(v.trim());
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("a port is a number from 1 to 65535");
            }
            return Integer.toString(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a port is a number from 1 to 65535");
        }
    }

    static String count(String v) {
        return atLeast(v, 0, "a count is 0 (no limit) or more");
    }

    private static String maxLag(String v) {
        String n = atLeast(v, 1, "a lag is a number of seconds from 1 to 86400");
        if (Long.parseLong(n) > 86_400) {
            throw new IllegalArgumentException("a lag is a number of seconds from 1 to 86400");
        }
        return n;
    }

    /** At most 10: the drain's own 15 s must still end inside the launcher's 30 s before it kills the server. */
    private static String drainGrace(String v) {
        String n = atLeast(v, 0, "a grace is a number of seconds from 0 to 10");
        if (Long.parseLong(n) > 10) {
            throw new IllegalArgumentException("a grace is a number of seconds from 0 to 10");
        }
        return n;
    }

    private static String requestBytes(String v) {
        return atLeast(v, 1024, "a request size is a number of bytes, 1024 or more");
    }

    private static String atLeast(String v, long min, String rule) {
        try {
            long n = Long.parseLong(v.trim());
            if (n < min) {
                throw new IllegalArgumentException(rule);
            }
            return Long.toString(n);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(rule);
        }
    }

    /** Sent in a header: printable ASCII without spaces, long enough not to be guessed. */
    private static String metricsToken(String v) {
        if (v.length() < 32 || !v.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("a metrics token is 32 or more printable ASCII characters without spaces (e.g. openssl rand -hex 32)");
        }
        return v;
    }

    private static String memory(String v) {
        String profile = v.trim().toLowerCase(Locale.ROOT);
        if (!profile.equals("standard") && !profile.equals("small")) {
            throw new IllegalArgumentException("a memory profile is standard or small");
        }
        return profile;
    }

    private static String nonBlank(String v) {
        if (v.isBlank()) {
            throw new IllegalArgumentException("it must not be blank");
        }
        return v.trim();
    }

    private static String mariadbUrl(String v) {
        String url = v.trim();
        if (!url.startsWith("jdbc:mariadb://") && !url.startsWith("jdbc:mysql://")) {
            throw new IllegalArgumentException("expected a MariaDB JDBC URL such as jdbc:mariadb://db.example:3306/polymetric");
        }
        return url;
    }

    private static String email(String v) {
        return EmailAddress.parse(v).orElseThrow(() -> new IllegalArgumentException("expected an e-mail address such as admin@example.com"));
    }

    private static String password(String v) {
        if (v.length() < PasswordPolicy.MIN_LENGTH) {
            throw new IllegalArgumentException(PasswordPolicy.describe());
        }
        return v;
    }

    private static String orgName(String v) {
        String name = v.trim();
        if (name.isEmpty() || name.length() > 191) {
            throw new IllegalArgumentException("an organization name has 1 to 191 characters");
        }
        return name;
    }
}
