package org.polymetric.kernel.config;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The checked settings of one start. Built once by the launcher from the environment and system
 * properties, and again inside the server from MicroProfile Config, with the same rules.
 */
public final class Settings {
    private final Map<Setting, String> values;
    /** Module settings by environment name: the checked value, or the default. */
    private final Map<String, String> moduleValues;
    /** Parsed once: the client address of every request that brings forwarding headers consults it. */
    private volatile TrustedProxies trustedProxies;

    private Settings(Map<Setting, String> values, Map<String, String> moduleValues) {
        this.values = values;
        this.moduleValues = moduleValues;
    }

    /**
     * Reads the environment and system properties. Any {@code POLYMETRIC_*} variable or
     * {@code polymetric.*} property that names no setting stops start-up, as does an invalid value.
     */
    public static Settings from(Map<String, String> env, Map<String, String> properties) {
        return from(env, properties, SettingsCatalog.load(Settings.class.getClassLoader()));
    }

    /** As {@link #from(Map, Map)}, knowing the module settings and themes of {@code catalog}. */
    public static Settings from(Map<String, String> env, Map<String, String> properties, SettingsCatalog catalog) {
        for (String name : env.keySet()) {
            if (name.startsWith(Setting.ENV_PREFIX) && unknown(name, catalog)) {
                throw unknown(name, catalog.knownNames());
            }
        }
        for (String name : properties.keySet()) {
            if (name.startsWith(Setting.PROPERTY_PREFIX) && unknown(name, catalog)) {
                throw unknown(name, catalog.knownNames());
            }
        }
        // an empty value counts as unset, as in MicroProfile Config
        return resolve((property, envName) -> nonEmpty(properties.get(property)).or(() -> nonEmpty(env.get(envName))), catalog);
    }

    /** Finds the raw value of a setting by its property name or environment name. */
    @FunctionalInterface
    public interface Lookup {
        Optional<String> find(String property, String env);
    }

    private static boolean unknown(String name, SettingsCatalog catalog) {
        return Setting.byName(name).isEmpty() && catalog.byName(name).isEmpty();
    }

    /** Resolves the kernel's settings through a lookup, with the themes the kernel's class loader sees. */
    public static Settings resolve(Function<Setting, Optional<String>> lookup) {
        return resolve((property, env) -> Setting.byName(property).flatMap(lookup),
                SettingsCatalog.load(Settings.class.getClassLoader()));
    }

    /** Resolves every setting, the kernel's and the modules', through a lookup (MicroProfile Config in the server). */
    public static Settings resolve(Lookup lookup, SettingsCatalog catalog) {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            Optional<String> raw = lookup.find(s.property(), s.env()).filter(v -> !v.isEmpty());
            if (raw.isPresent()) {
                values.put(s, s.check(raw.get()));
            } else {
                s.defaultValue().ifPresent(d -> values.put(s, d));
            }
        }
        String theme = values.get(Setting.THEME);
        if (!catalog.themes().contains(theme)) {
            throw new SettingException(Setting.THEME.env() + "=" + Setting.THEME.shown(theme)
                    + " is invalid: must be one of " + String.join(", ", catalog.themes()));
        }
        Map<String, String> moduleValues = new HashMap<>();
        for (ModuleSetting s : catalog.moduleSettings()) {
            Optional<String> raw = lookup.find(s.property(), s.env()).filter(v -> !v.isEmpty());
            if (raw.isPresent()) {
                moduleValues.put(s.env(), s.checked(raw.get()));
            } else {
                s.defaultOf().ifPresent(d -> moduleValues.put(s.env(), d));
            }
        }
        boolean external = values.containsKey(Setting.DB_URL);
        if (!external && (values.containsKey(Setting.DB_USER) || values.containsKey(Setting.DB_PASSWORD))) {
            throw new SettingException(Setting.DB_USER.env() + "/" + Setting.DB_PASSWORD.env()
                    + " are set but " + Setting.DB_URL.env() + " is not: set the URL of the MariaDB to use");
        }
        checkReplica(values, external);
        if (values.containsKey(Setting.ADMIN_PASSWORD) && !values.containsKey(Setting.ADMIN_EMAIL)) {
            throw new SettingException(Setting.ADMIN_PASSWORD.env() + " is set but "
                    + Setting.ADMIN_EMAIL.env() + " is not: name the administrator's e-mail address");
        }
        if (values.containsKey(Setting.SMTP_HOST) && !values.containsKey(Setting.PUBLIC_URL)) {
            // else a mailed link would be built on the request's Host header, which anyone can forge
            throw new SettingException(Setting.SMTP_HOST.env() + " is set but " + Setting.PUBLIC_URL.env()
                    + " is not: mailed links (invitations, password resets) are built on the portal's public address");
        }
        checkCluster(values, external);
        return new Settings(values, Map.copyOf(moduleValues));
    }

    /**
     * A replica copies an external primary (the embedded MariaDB writes no binary log), and its
     * account means nothing without its address.
     */
    private static void checkReplica(Map<Setting, String> values, boolean external) {
        if (!values.containsKey(Setting.DB_REPLICA_URL)) {
            refuseCompanions(values, Setting.DB_REPLICA_URL, "set the URL of the replica",
                    Setting.DB_REPLICA_USER, Setting.DB_REPLICA_PASSWORD);
            return;
        }
        if (!external) {
            throw new SettingException(Setting.DB_REPLICA_URL.env() + " is set but " + Setting.DB_URL.env()
                    + " is not: a replica copies an external MariaDB (the embedded one keeps no binary log)");
        }
    }

    /**
     * The companions of {@link Setting#CLUSTER} mean nothing without it, and a cluster needs both
     * its members' addresses and one database that every instance shares: the embedded MariaDB
     * lives in one instance's data folder.
     */
    private static void checkCluster(Map<Setting, String> values, boolean external) {
        if (!values.containsKey(Setting.CLUSTER)) {
            refuseCompanions(values, Setting.CLUSTER, "name the cluster the instance joins",
                    Setting.CLUSTER_MEMBERS, Setting.CLUSTER_INTERFACE, Setting.CLUSTER_PORT);
            return;
        }
        if (!external) {
            throw new SettingException(Setting.CLUSTER.env() + " is set but " + Setting.DB_URL.env()
                    + " is not: the instances of a cluster share one external MariaDB (the embedded one belongs to one instance)");
        }
        if (!values.containsKey(Setting.CLUSTER_MEMBERS)) {
            throw new SettingException(Setting.CLUSTER.env() + " is set but " + Setting.CLUSTER_MEMBERS.env()
                    + " is not: list the members' data-grid addresses (host:port, comma-separated)");
        }
    }

    /** Stops the start when a setting that means nothing without {@code main} (unset) is set. */
    private static void refuseCompanions(Map<Setting, String> values, Setting main, String advice, Setting... companions) {
        for (Setting companion : companions) {
            if (values.containsKey(companion)) {
                throw new SettingException(companion.env() + " is set but " + main.env() + " is not: " + advice);
            }
        }
    }

    private static Optional<String> nonEmpty(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }

    private static SettingException unknown(String name, java.util.List<String> known) {
        return new SettingException(name + " is not a Polymetric setting (known: " + String.join(", ", known) + ")");
    }

    /** A module setting's checked value, else its default; empty when neither. */
    public Optional<String> get(ModuleSetting setting) {
        return Optional.ofNullable(moduleValues.get(setting.env()));
    }

    /** Every module setting that has a value, by environment name (the launcher hands them on). */
    public Map<String, String> moduleValues() {
        return moduleValues;
    }

    public Optional<String> get(Setting setting) {
        return Optional.ofNullable(values.get(setting));
    }

    public String require(Setting setting) {
        return get(setting).orElseThrow(() -> new SettingException(setting.env() + " is not set"));
    }

    /** {@link Setting#MAX_REQUEST_BYTES} as a number. */
    public long maxRequestBytes() {
        return Long.parseLong(require(Setting.MAX_REQUEST_BYTES));
    }

    /** {@link Setting#API_CONCURRENCY} as a number; 0 is no limit. */
    public int apiConcurrency() {
        return (int) Math.min(Integer.MAX_VALUE, Long.parseLong(require(Setting.API_CONCURRENCY)));
    }

    /** {@link Setting#DRAIN_GRACE} as a duration. */
    public Duration drainGrace() {
        return Duration.ofSeconds(Long.parseLong(require(Setting.DRAIN_GRACE)));
    }

    public int httpPort() {
        return Integer.parseInt(require(Setting.HTTP_PORT));
    }

    public boolean externalDatabase() {
        return values.containsKey(Setting.DB_URL);
    }

    /** {@code POLYMETRIC_TRUSTED_PROXIES}, parsed; {@link TrustedProxies#NONE} when unset. */
    public TrustedProxies trustedProxies() {
        TrustedProxies t = trustedProxies;
        if (t == null) {
            t = get(Setting.TRUSTED_PROXIES).map(TrustedProxies::parse).orElse(TrustedProxies.NONE);
            trustedProxies = t;
        }
        return t;
    }

    /**
     * {@code POLYMETRIC_PUBLIC_URL} without a trailing slash (e.g. {@code https://analytics.example.com}),
     * the base of links sent by mail; empty when unset.
     */
    public Optional<java.net.URI> publicUrl() {
        return get(Setting.PUBLIC_URL).map(java.net.URI::create);
    }

    public String theme() {
        return require(Setting.THEME);
    }
}
