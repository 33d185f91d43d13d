package org.polymetric.kernel.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.Readiness;
import org.polymetric.kernel.security.SecurityHeadersFilter;
import org.polymetric.kernel.storage.DatabaseOutage;

/**
 * Answers 503 ({@link OutageAnswers}) when the database fails a request before JAX-RS runs or
 * outside it: Shiro's realms checking a token or a session's user, the login throttle, a module's
 * own servlet filter. Mapped right after the security headers, so that every filter behind it is
 * covered; what JAX-RS runs is answered by the exception mappers alike. Any other failure goes on
 * to the container as before.
 *
 * <p>While the readiness check has seen the database away ({@link DatabaseReadiness#seenAway()}),
 * a request is answered the same 503 before it starts: it would wait on a connection that cannot
 * answer (a silent database holds it for the socket's time-out and more) to fail all the same.
 * The health probes are not: they say DOWN in their own shape.
 */
public class OutageFilter extends HttpFilter {
    private static final Logger LOG = Logger.getLogger(OutageFilter.class.getName());
    /** {@link StaticAssets}' servlet path: the error page's own style sheet, read from jars, never the database. */
    private static final String STATIC_ASSETS = "/static";
    private static final String HEALTH = "/health";

    @Inject
    OutageAnswers answers;

    @Inject
    @Readiness
    DatabaseReadiness readiness;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!STATIC_ASSETS.equals(request.getServletPath()) && !probe(request) && readiness.seenAway()) {
            answer(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.causes(e) || response.isCommitted()) {
                throw e;
            }
            DatabaseOutage.log(LOG, request.getRequestURI(), e);
            response.reset();
            answer(request, response);
        }
    }

    /** {@code /health/*}: the probes answer for themselves, within their own bound, in their own shape. */
    private static boolean probe(HttpServletRequest request) {
        String path = AppPath.of(request);
        return path.equals(HEALTH) || path.startsWith(HEALTH + "/");
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeadersFilter.apply(request, response);
        answers.write(getServletContext(), request, response);
    }
}
