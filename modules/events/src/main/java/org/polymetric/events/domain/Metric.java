package org.polymetric.events.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SDK metrics Countly keeps, with the name of the segment family each lands in (the
 * {@code meta} key and {@code /o?method=} tree of its reads). Values are cleaned as Countly does:
 * a leading {@code $} goes, dots become colons; OS versions carry their OS's short prefix.
 */
public enum Metric {
    OS("_os", "os"),
    OS_VERSION("_os_version", "os_versions"),
    DEVICE("_device", "devices"),
    RESOLUTION("_resolution", "resolutions"),
    CARRIER("_carrier", "carriers"),
    APP_VERSION("_app_version", "app_versions"),
    DENSITY("_density", "density"),
    LOCALE("_locale", "langs"),
    MANUFACTURER("_manufacturer", "manufacturers"),
    DEVICE_TYPE("_device_type", "device_type"),
    BROWSER("_browser", "browser");

    /** Longest value kept; longer ones are cut (an SDK's device name is not worth a refusal). */
    public static final int MAX_VALUE = 191;

    // Countly's short OS prefixes for version values ("Android" 4.4 → "a4:4")
    private static final Map<String, String> OS_PREFIX = Map.ofEntries(
            Map.entry("android", "a"), Map.entry("ios", "i"), Map.entry("ipados", "i"), Map.entry("windows phone", "w"),
            Map.entry("wp", "w"), Map.entry("windows", "mw"), Map.entry("mac os x", "o"), Map.entry("mac osx", "o"),
            Map.entry("macos", "o"), Map.entry("mac", "o"), Map.entry("osx", "o"), Map.entry("linux", "l"),
            Map.entry("unix", "u"), Map.entry("blackberry", "bb"), Map.entry("roku", "r"), Map.entry("symbian", "s"),
            Map.entry("chrome os", "c"), Map.entry("tizen", "t"), Map.entry("tvos", "atv"), Map.entry("watchos", "wos"),
            Map.entry("web", "web"), Map.entry("unity editor", "uty"), Map.entry("amazon fire tv", "aft"));

    // what Countly's dashboard names each prefix when it shows an OS version ("a4:4" → "Android 4.4")
    private static final Map<String, String> OS_NAME = Map.ofEntries(
            Map.entry("a", "Android"), Map.entry("i", "iOS"), Map.entry("w", "Windows Phone"), Map.entry("mw", "Windows"),
            Map.entry("o", "macOS"), Map.entry("l", "Linux"), Map.entry("u", "Unix"), Map.entry("bb", "BlackBerry"),
            Map.entry("r", "Roku"), Map.entry("s", "Symbian"), Map.entry("c", "Chrome OS"), Map.entry("t", "Tizen"),
            Map.entry("atv", "tvOS"), Map.entry("wos", "watchOS"), Map.entry("web", "Web"), Map.entry("uty", "Unity Editor"),
            Map.entry("aft", "Amazon Fire TV"));

    private final String parameter;
    private final String family;

    Metric(String parameter, String family) {
        this.parameter = parameter;
        this.family = family;
    }

    public String parameter() {
        return parameter;
    }

    public String family() {
        return family;
    }

    public static Optional<Metric> byParameter(String name) {
        for (Metric m : values()) {
            if (m.parameter.equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Countly's stored form of a metric value: no leading {@code $}, dots as colons. */
    public static String clean(String raw) {
        String v = raw.strip();
        while (v.startsWith("$")) {
            v = v.substring(1);
        }
        v = v.replace('.', ':');
        return v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v;
    }

    /**
     * The OS named by a stored OS version's prefix, and the length of that prefix: a prefix
     * followed by a digit ({@code "atv17"} is tvOS, {@code "a4:4"} Android; no two prefixes then
     * overlap), or empty when the version carries none (an OS without a prefix, or a version that
     * starts with letters: {@code "lollipop"} is not Linux's).
     */
    public static Optional<Map.Entry<String, Integer>> osOfVersion(String stored) {
        for (Map.Entry<String, String> os : OS_NAME.entrySet()) {
            String prefix = os.getKey();
            if (stored.length() > prefix.length() && stored.startsWith(prefix) && Character.isDigit(stored.charAt(prefix.length()))) {
                return Optional.of(Map.entry(os.getValue(), prefix.length()));
            }
        }
        return Optional.empty();
    }

    /** An OS version as Countly stores it: the OS's prefix, then the cleaned version. */
    public static String osVersion(String os, String version) {
        String prefix = os == null ? "" : OS_PREFIX.getOrDefault(os.strip().toLowerCase(Locale.ROOT), "");
        String v = clean(version);
        return v.startsWith(prefix) && !prefix.isEmpty() ? v : prefix + v;
    }
}
