package org.polymetric.kernel.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import org.polymetric.kernel.Beans;
import org.polymetric.kernel.config.PortalSettings;
import org.polymetric.kernel.config.TrustedProxies;

/**
 * The one place that says who a request came from and whether over HTTPS: the socket's peer, or
 * what a trusted proxy ({@code POLYMETRIC_TRUSTED_PROXIES}) reports (see {@link ClientOrigin}).
 * Login throttling, GeoIP and links use it (the API rate limit counts per token, not per address).
 * Worked out once per request.
 */
public final class ClientAddress {
    private static final String ATTRIBUTE = ClientOrigin.class.getName();
    /** The setting never changes while the application runs. */
    private static volatile TrustedProxies trusted;

    private ClientAddress() {
    }

    /** The client's IP address. */
    public static String of(HttpServletRequest request) {
        if (trusted().isEmpty()) {
            // the default, and every SDK request's path: nothing to work out or keep
            String peer = request.getRemoteAddr();
            return peer == null ? "unknown" : peer;
        }
        return origin(request).address();
    }

    /** True when the client reached the portal over HTTPS, directly or at a trusted proxy that says so. */
    public static boolean isSecure(HttpServletRequest request) {
        return trusted().isEmpty() ? request.isSecure() : origin(request).secure();
    }

    public static ClientOrigin origin(HttpServletRequest request) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof ClientOrigin o) {
            return o;
        }
        TrustedProxies proxies = trusted();
        ClientOrigin origin = proxies.isEmpty()
                ? ClientOrigin.resolve(proxies, request.getRemoteAddr(), request.isSecure(), ClientOrigin.Forwarding.NONE)
                : ClientOrigin.resolve(proxies, request.getRemoteAddr(), request.isSecure(), new ClientOrigin.Forwarding(
                        lines(request, "X-Forwarded-For"), lines(request, "Forwarded"), lines(request, "X-Forwarded-Proto")));
        request.setAttribute(ATTRIBUTE, origin);
        return origin;
    }

    private static TrustedProxies trusted() {
        TrustedProxies t = trusted;
        if (t == null) {
            t = Beans.get(PortalSettings.class).get().trustedProxies();
            trusted = t;
        }
        return t;
    }

    private static List<String> lines(HttpServletRequest request, String header) {
        var values = request.getHeaders(header);
        return values == null ? List.of() : Collections.list(values);
    }
}
