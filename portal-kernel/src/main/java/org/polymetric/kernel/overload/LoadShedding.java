package org.polymetric.kernel.overload;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.polymetric.kernel.web.AppPath;
import org.polymetric.kernel.web.DialectErrors;

/**
 * Refuses an API request whose lane is full ({@link Capacity}) with 503, {@code Retry-After} and
 * the owning dialect's error JSON ({@link DialectErrors}), before anything reads its body or asks
 * the database who sent it. Mapped right after the answer counting and the security headers in
 * {@code web.xml}: a refusal costs a header parse and a few bytes, so a worker thread is free again
 * at once, where a request let through would hold it until its database work or time-out ends.
 */
public class LoadShedding extends HttpFilter {
    /** The text of the 503, in every shape. */
    public static final String MESSAGE = "The server is at capacity, try again later";
    /** Seconds a refused client is asked to wait. */
    public static final int RETRY_AFTER_SECONDS = 1;

    @Inject
    Capacity capacity;

    @Inject
    DialectErrors dialects;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = AppPath.of(request);
        Capacity.Lane lane = capacity.of(path);
        if (lane == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Capacity.Admission> admission = lane.enter();
        if (admission.isEmpty()) {
            refuse(path, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            admission.get().done();
        }
    }

    private void refuse(String path, HttpServletResponse response) throws IOException {
        byte[] body = dialects.json(path, MESSAGE).orElseThrow().getBytes(StandardCharsets.UTF_8);
        response.setStatus(503);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
