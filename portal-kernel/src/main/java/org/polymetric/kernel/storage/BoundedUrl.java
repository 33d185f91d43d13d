package org.polymetric.kernel.storage;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A MariaDB URL with bounds on how long a connection waits on the server, each added unless the
 * URL sets that option itself (an operator's value wins). The primary's data source (the WAR's
 * {@code BoundedMariaDbDataSource}, which says why each bound) and the replica's pool
 * ({@link Replica}) use the same ones, so both fail the same way.
 */
public final class BoundedUrl {
    /** A statement during which the server sends nothing for this long is cut. */
    public static final int SOCKET_TIMEOUT_MS = 5_000;
    /** A statement waiting on a lock gives up after this long, before the socket's bound. */
    public static final int LOCK_WAIT_SECONDS = 3;

    private BoundedUrl() {
    }

    /** {@code url} with each bound its query string does not set. */
    public static String of(String url) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("socketTimeout", Integer.toString(SOCKET_TIMEOUT_MS));
        defaults.put("sessionVariables", "lock_wait_timeout=" + LOCK_WAIT_SECONDS + ",innodb_lock_wait_timeout=" + LOCK_WAIT_SECONDS);
        int query = url.indexOf('?');
        if (query >= 0) {
            for (String option : url.substring(query + 1).split("&")) {
                String name = option.split("=", 2)[0].trim().toLowerCase(Locale.ROOT);
                defaults.keySet().removeIf(k -> k.toLowerCase(Locale.ROOT).equals(name));
            }
        }
        StringBuilder bounded = new StringBuilder(url);
        for (Map.Entry<String, String> option : defaults.entrySet()) {
            char last = bounded.charAt(bounded.length() - 1);
            bounded.append(bounded.indexOf("?") < 0 ? "?" : last == '?' || last == '&' ? "" : "&")
                    .append(option.getKey()).append('=').append(option.getValue());
        }
        return bounded.toString();
    }
}
