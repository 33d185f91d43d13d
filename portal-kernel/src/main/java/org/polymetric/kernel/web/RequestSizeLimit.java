package org.polymetric.kernel.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.polymetric.kernel.config.PortalSettings;

/**
 * One size limit for every request body ({@code POLYMETRIC_MAX_REQUEST_BYTES}), mapped first in
 * {@code web.xml} so that nothing behind it (Shiro, the CSRF check, JAX-RS's JSON reading, a
 * module's own filter) can be made to read more. A declared {@code Content-Length} over the limit
 * is refused at once with 413 on an API path, in its dialect's shape ({@link DialectErrors}); on
 * a page it is marked for {@link TooLargeRequests}, which answers the theme's error page. A body
 * without a length (chunked) is cut at the limit: the read that passes it throws
 * {@link BodyTooLarge}, which {@link BoundedBody} and the exception mappers turn into the same
 * 413. Endpoints with a smaller limit keep it (they read through {@link BoundedBody}).
 */
public class RequestSizeLimit extends HttpFilter {
    /** The text of the 413, in every shape. */
    public static final String MESSAGE = "Request is too large";
    private static final String EXCEEDED = RequestSizeLimit.class.getName() + ".exceeded";

    @Inject
    PortalSettings settings;

    @Inject
    DialectErrors dialects;

    private long limit;

    @Override
    public void init() {
        limit = settings.get().maxRequestBytes();
    }

    /** Whether this request's body went (or said it would go) past the limit. */
    public static boolean exceeded(HttpServletRequest request) {
        return request != null && request.getAttribute(EXCEEDED) != null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            request.setAttribute(EXCEEDED, Boolean.TRUE);
            Optional<String> json = dialects.json(path(request), MESSAGE);
            if (json.isPresent()) {
                // the body is not read: the connection is closed after the answer instead
                response.setHeader("Connection", "close");
                writeJson(response, json.get());
                return;
            }
            chain.doFilter(new Limited(request, 0, () -> { }), response);
            return;
        }
        if (declared >= 0) {
            // the container never hands out more than the declared length
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new Limited(request, limit, () -> request.setAttribute(EXCEEDED, Boolean.TRUE)), response);
        if (exceeded(request) && !response.isCommitted() && response.getStatus() != 413) {
            // a reader swallowed the overflow and answered something else: the 413 is the truth
            response.reset();
            Optional<String> json = dialects.json(path(request), MESSAGE);
            if (json.isPresent()) {
                writeJson(response, json.get());
            } else {
                response.sendError(413, MESSAGE);
            }
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static void writeJson(HttpServletResponse response, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        response.setStatus(413);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The request with its body cut at {@code limit} bytes. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private final Runnable onOverflow;
        private ServletInputStream body;

        Limited(HttpServletRequest request, long limit, Runnable onOverflow) {
            super(request);
            this.limit = limit;
            this.onOverflow = onOverflow;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new LimitedBody(super.getInputStream(), limit, onOverflow);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
