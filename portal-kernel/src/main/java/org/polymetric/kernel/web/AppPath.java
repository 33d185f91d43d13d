package org.polymetric.kernel.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path of a request inside the application: its URI without the context path, as the client
 * sent it (not decoded, matrix parameters kept), e.g. {@code /api/events/i} for
 * {@code /polymetric/api/events/i} deployed at {@code /polymetric}. Filters that route by path
 * (dialect errors, outage answers, load shedding, draining, counting) all read it this way, so
 * that they agree on which path a request has.
 */
public final class AppPath {
    private AppPath() {
    }

    /** The request's path inside the application, starting with {@code /} (empty for the bare context root). */
    public static String of(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
