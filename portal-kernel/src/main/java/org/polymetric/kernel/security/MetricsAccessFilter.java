package org.polymetric.kernel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.servlet.OncePerRequestFilter;
import org.polymetric.kernel.Beans;
import org.polymetric.kernel.config.PortalSettings;
import org.polymetric.kernel.config.Setting;
import org.polymetric.kernel.web.ErrorReplies;

/**
 * Guards {@code /metrics} (MicroProfile Metrics, served by Payara inside the portal's context):
 * operator data, so only {@code Authorization: Bearer <POLYMETRIC_METRICS_TOKEN>} (for a Prometheus
 * scraper) or a portal administrator (HTTP Basic, an API token, a browser session) reads it.
 * Without credentials 401, anyone else 403, both as {@code {"error": "..."}}.
 */
public class MetricsAccessFilter extends OncePerRequestFilter {
    /** Authenticates as on {@code /api/**}: the same credentials, throttling and refusals. */
    private final ApiAuthenticationFilter authentication = new ApiAuthenticationFilter();

    @Override
    protected void doFilterInternal(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws ServletException, IOException {
        if (scraper((HttpServletRequest) req)) {
            chain.doFilter(req, resp);
            return;
        }
        authentication.doFilterInternal(req, resp, (request, response) -> admit(request, response, chain));
    }

    /** True when the request carries the configured metrics token. */
    private static boolean scraper(HttpServletRequest request) {
        Optional<String> expected = Beans.get(PortalSettings.class).get().get(Setting.METRICS_TOKEN);
        if (expected.isEmpty()) {
            return false;
        }
        return Credentials.of(request)
                .filter(c -> c instanceof Credentials.Token)
                // constant time: the comparison must not tell how much of a guess was right
                .map(c -> MessageDigest.isEqual(((Credentials.Token) c).secret().getBytes(StandardCharsets.UTF_8),
                        expected.get().getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }

    private static void admit(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        Subject subject = SecurityUtils.getSubject();
        HttpServletResponse response = (HttpServletResponse) resp;
        if (subject.getPrincipal() == null || !subject.isAuthenticated()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Polymetric\", Bearer");
            refuse(response, 401, "Metrics are for portal administrators: sign in or send the metrics token");
        } else if (!subject.isPermitted(Permissions.PORTAL_ADMIN)) {
            refuse(response, 403, "Metrics are for portal administrators");
        } else {
            chain.doFilter(req, resp);
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(ErrorReplies.errorJson(message));
    }
}
