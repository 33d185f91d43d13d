package org.polymetric.kernel.drain;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.polymetric.kernel.web.AppPath;
import org.polymetric.kernel.web.OutageAnswers;

/**
 * Counts the requests the application takes ({@link Drain}), and once the server is stopping
 * answers every new one 503 with {@code Retry-After} in its path's shape ({@link OutageAnswers}),
 * with {@code Connection: close} so that a client's next try opens a connection a load balancer can
 * send elsewhere. The health probes pass: {@code /health/ready} says DOWN itself
 * ({@link DrainReadiness}).
 */
public class DrainFilter extends HttpFilter {
    /** What a client reads while the server stops. */
    public static final String MESSAGE = "Temporarily unavailable: the server is restarting; try again shortly";

    @Inject
    Drain drain;

    @Inject
    OutageAnswers answers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isHealth(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!drain.admit()) {
            response.setHeader("Connection", "close");
            answers.write(getServletContext(), request, response, MESSAGE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            drain.done();
        }
    }

    private static boolean isHealth(HttpServletRequest request) {
        String path = AppPath.of(request);
        return path.equals("/health") || path.startsWith("/health/");
    }
}
