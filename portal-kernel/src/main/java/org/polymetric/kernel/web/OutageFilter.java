package org.polymetric.kernel.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.polymetric.kernel.security.SecurityHeadersFilter;
import org.polymetric.kernel.storage.DatabaseOutage;

/**
 * Answers 503 ({@link OutageAnswers}) when the database fails a request before JAX-RS runs or
 * outside it: Shiro's realms checking a token or a session's user, the login throttle, a module's
 * own servlet filter. Mapped right after the security headers, so that every filter behind it is
 * covered; what JAX-RS runs is answered by the exception mappers alike. Any other failure goes on
 * to the container as before.
 */
public class OutageFilter extends HttpFilter {
    private static final Logger LOG = Logger.getLogger(OutageFilter.class.getName());

    @Inject
    OutageAnswers answers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.causes(e) || response.isCommitted()) {
                throw e;
            }
            DatabaseOutage.log(LOG, request.getRequestURI(), e);
            response.reset();
            SecurityHeadersFilter.apply(request, response);
            answers.write(getServletContext(), request, response);
        }
    }
}
