package org.polymetric.kernel.config;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The checked settings of one start. Built once by the launcher from the environment and system
 * properties, and again inside the server from MicroProfile Config, with the same rules.
 */
public final class Settings {
    private final Map<Setting, String> values;
    /** Parsed once: the client address of every request that brings forwarding headers consults it. */
    private volatile TrustedProxies trustedProxies;

    private Settings(Map<Setting, String> values) {
        this.values = values;
    }

    /**
     * Reads the environment and system properties. Any {@code POLYMETRIC_*} variable or
     * {@code polymetric.*} property that names no setting stops start-up, as does an invalid value.
     */
    public static Settings from(Map<String, String> env, Map<String, String> properties) {
        for (String name : env.keySet()) {
            if (name.startsWith(Setting.ENV_PREFIX) && Setting.byName(name).isEmpty()) {
                throw unknown(name);
            }
        }
        for (String name : properties.keySet()) {
            if (name.startsWith(Setting.PROPERTY_PREFIX) && Setting.byName(name).isEmpty()) {
                throw unknown(name);
            }
        }
        // an empty value counts as unset, as in MicroProfile Config
        return resolve(s -> nonEmpty(properties.get(s.property())).or(() -> nonEmpty(env.get(s.env()))));
    }

    /** Resolves every setting through a lookup (MicroProfile Config in the server). */
    public static Settings resolve(Function<Setting, Optional<String>> lookup) {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            Optional<String> raw = lookup.apply(s).filter(v -> !v.isEmpty());
            if (raw.isPresent()) {
                values.put(s, s.check(raw.get()));
            } else {
                s.defaultValue().ifPresent(d -> values.put(s, d));
            }
        }
        boolean external = values.containsKey(Setting.DB_URL);
        if (!external && (values.containsKey(Setting.DB_USER) || values.containsKey(Setting.DB_PASSWORD))) {
            throw new SettingException(Setting.DB_USER.env() + "/" + Setting.DB_PASSWORD.env()
                    + " are set but " + Setting.DB_URL.env() + " is not: set the URL of the MariaDB to use");
        }
        if (values.containsKey(Setting.ADMIN_PASSWORD) && !values.containsKey(Setting.ADMIN_EMAIL)) {
            throw new SettingException(Setting.ADMIN_PASSWORD.env() + " is set but "
                    + Setting.ADMIN_EMAIL.env() + " is not: name the administrator's e-mail address");
        }
        if (values.containsKey(Setting.SMTP_HOST) && !values.containsKey(Setting.PUBLIC_URL)) {
            // else a mailed link would be built on the request's Host header, which anyone can forge
            throw new SettingException(Setting.SMTP_HOST.env() + " is set but " + Setting.PUBLIC_URL.env()
                    + " is not: mailed links (invitations, password resets) are built on the portal's public address");
        }
        return new Settings(values);
    }

    private static Optional<String> nonEmpty(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }

    private static SettingException unknown(String name) {
        return new SettingException(name + " is not a Polymetric setting (known: "
                + String.join(", ", java.util.Arrays.stream(Setting.values()).map(Setting::env).toList()) + ")");
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
