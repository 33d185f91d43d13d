package org.polymetric.events.api;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.polymetric.events.ingest.Ingest;
import org.polymetric.kernel.ingest.Arrivals;
import org.polymetric.events.ingest.Refusal;
import org.polymetric.kernel.storage.DatabaseOutage;
import org.polymetric.kernel.web.ErrorReplies;

/**
 * Answers SDK traffic, a GET or POST on {@code /i} or {@code /i/bulk}, without JAX-RS. It is
 * the portal's busiest path, and JAX-RS cost an ingest request half of its HTTP thread's time
 * (routing, per-request injection, the server's tracing listener), more than the request's own
 * work. It runs after the kernel's filters (security headers, root paths, Shiro: the call is
 * still authenticated as the API path is) and answers exactly as {@link WriteResource}, through
 * the same {@link WriteCall}. Everything else on these paths (OPTIONS, the other verbs, a
 * trailing slash, a caller with a browser session) goes on to the resource.
 */
@WebFilter(filterName = "CountlyWriteFastPath", dispatcherTypes = DispatcherType.REQUEST,
        urlPatterns = {"/api/events/i", "/api/events/i/bulk", "/i", "/i/bulk"})
public class WriteFastPath extends HttpFilter {
    private static final Logger LOG = Logger.getLogger(WriteFastPath.class.getName());

    @Inject
    Ingest ingest;

    @Inject
    Arrivals arrivals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        boolean get = "GET".equals(method);
        // a signed-in browser session goes the JAX-RS way, where the kernel's CSRF check applies to
        // its POSTs as on every API path; SDKs never hold a session
        if (!get && !"POST".equals(method) || request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        boolean bulk = request.getRequestURI().endsWith("/bulk");
        CountlyAnswer answer;
        try {
            answer = WriteCall.answer(ingest, arrivals, request, get ? null : request.getInputStream(), bulk);
        } catch (RuntimeException e) {
            if (DatabaseOutage.causes(e)) {
                // as the kernel answers a database that cannot serve: Countly's 503, which SDKs retry
                DatabaseOutage.log(LOG, request.getRequestURI(), e);
                Refusal busy = Refusal.busy();
                CountlyAnswer.result(busy.status(), busy.result(), null, null).writeTo(response);
                return;
            }
            // as the kernel's mapper answers an API path: logged with an incident id, no stack trace out
            answer = CountlyAnswer.error(500, ErrorReplies.incident(LOG, request.getRequestURI(), e));
        }
        answer.writeTo(response);
    }
}
