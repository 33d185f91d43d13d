package org.polymetric.kernel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every answer carries: a content security policy that allows only this site's own
 * scripts, styles and frames-nothing, no MIME sniffing, and no framing by other sites. Over HTTPS
 * (directly, or at a trusted proxy that says so: {@link ClientAddress#isSecure}) also HSTS, and
 * the session cookie is marked {@code Secure}; over plain HTTP neither, so a portal reached by
 * plain HTTP on purpose keeps working.
 */
public class SecurityHeadersFilter extends HttpFilter {
    static final String POLICY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /** A year; other hosts under the same domain are not the portal's to bind, so no includeSubDomains. */
    static final String HSTS = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (apply(request, response)) {
            chain.doFilter(new SecureSessionCookie(request, response), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * Sets the headers on {@code response} (again, after something reset it); true when the
     * request came over HTTPS.
     */
    public static boolean apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        boolean secure = ClientAddress.isSecure(request);
        if (secure) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        return secure;
    }
}
