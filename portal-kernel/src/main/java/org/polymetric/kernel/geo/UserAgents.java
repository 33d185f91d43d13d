package org.polymetric.kernel.geo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Locale;
import java.util.Optional;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * User agent to {@link Device} with the ua-parser project's regexes (uap-java). A first parse of a
 * string costs tens of microseconds of regex matching, so results are kept in a bounded cache:
 * clients repeat a small set of user agents. The parser (its regexes, about 1 s to compile) is
 * built on first use, so a server that never asks pays nothing.
 */
final class UserAgents {
    /** Longer strings are cut before parsing: no real user agent needs more, and regexes cost by length. */
    static final int MAX_LENGTH = 512;
    private static final int CACHE_ENTRIES = 10_000;
    private static final String OTHER = "Other";

    private final Cache<String, Device> cache = Caffeine.newBuilder().maximumSize(CACHE_ENTRIES).build();
    private volatile Parser parser;

    Device parse(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return new Device(OTHER, OTHER, DeviceClass.OTHER);
        }
        String text = userAgent.length() > MAX_LENGTH ? userAgent.substring(0, MAX_LENGTH) : userAgent;
        return cache.get(text, this::classify);
    }

    /**
     * The device when it costs no parse: an empty agent, or one the cache holds; empty when
     * {@link #parse} would have to run ua-parser's regexes.
     */
    Optional<Device> known(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return Optional.of(new Device(OTHER, OTHER, DeviceClass.OTHER));
        }
        String text = userAgent.length() > MAX_LENGTH ? userAgent.substring(0, MAX_LENGTH) : userAgent;
        return Optional.ofNullable(cache.getIfPresent(text));
    }

    private Device classify(String userAgent) {
        Client client = parser().parse(userAgent);
        String browser = client.userAgent.family;
        String os = client.os.family;
        return new Device(browser, os, deviceClass(userAgent, os, client.device.family));
    }

    /**
     * ua-parser names the device model, not its kind: the kind is read from the model (Spider,
     * iPad, iPhone), the OS, and Android's rule that phones say "Mobile" and tablets do not.
     */
    static DeviceClass deviceClass(String userAgent, String os, String device) {
        if ("Spider".equals(device)) {
            return DeviceClass.BOT;
        }
        String lowerDevice = device.toLowerCase(Locale.ROOT);
        if (lowerDevice.contains("ipad") || lowerDevice.contains("tablet") || lowerDevice.contains("kindle")) {
            return DeviceClass.TABLET;
        }
        if (lowerDevice.contains("iphone") || lowerDevice.contains("ipod")) {
            return DeviceClass.PHONE;
        }
        switch (os) {
            case "Android":
                return userAgent.contains("Mobile") ? DeviceClass.PHONE : DeviceClass.TABLET;
            case "iOS", "Windows Phone", "BlackBerry OS", "KaiOS", "Firefox OS":
                return DeviceClass.PHONE;
            case "Windows", "Mac OS X", "Linux", "Ubuntu", "Chrome OS", "Fedora", "Debian", "FreeBSD", "OpenBSD":
                return DeviceClass.DESKTOP;
            default:
                return DeviceClass.OTHER;
        }
    }

    private Parser parser() {
        Parser p = parser;
        if (p == null) {
            synchronized (this) {
                p = parser;
                if (p == null) {
                    p = new Parser();
                    parser = p;
                }
            }
        }
        return p;
    }
}
