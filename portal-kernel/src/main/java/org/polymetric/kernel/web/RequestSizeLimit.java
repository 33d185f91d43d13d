package org.polymetric.kernel.web;

import org.polymetric.kernel.security.SecurityHeadersFilter;
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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            // the body is not read: the connection is closed after the answer instead
            response.setHeader("Connection", "close");
            Optional<String> json = dialects.json(AppPath.of(request), MESSAGE);
            if (json.isPresent()) {
                writeJson(response, json.get());
                return;
            }
            chain.doFilter(new Refused(request), response);
            return;
        }
        if (declared >= 0 && request.getHeader("Transfer-Encoding") == null) {
            // the container never hands out more than the declared length; a body of unknown
            // length (chunked, or an HTTP/2 stream that declares none) is counted as it is read
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new Limited(request, limit, () -> request.setAttribute(EXCEEDED, Boolean.TRUE)), response);
        if (exceeded(request) && !response.isCommitted() && response.getStatus() != 413) {
            // a reader swallowed the overflow and answered something else: the 413 is the truth
            response.reset();
            SecurityHeadersFilter.apply(request, response);
            Optional<String> json = dialects.json(AppPath.of(request), MESSAGE);
            if (json.isPresent()) {
                writeJson(response, json.get());
            } else {
                response.sendError(413, MESSAGE);
            }
        }
    }

    private static void writeJson(HttpServletResponse response, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        response.setStatus(413);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * A request whose declared body is refused unread: it reads as empty and its parameters are
     * the query string's only. Reading even one byte, or the form's parameters, would wait for a
     * body the client may never send; {@link TooLargeRequests} answers before anything acts on it.
     */
    private static final class Refused extends HttpServletRequestWrapper {
        private Map<String, String[]> parameters;

        Refused(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() {
            return new LimitedBody.Empty();
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new java.io.StringReader(""));
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, List<String>> values = new LinkedHashMap<>();
                String query = getQueryString();
                for (String pair : query == null ? new String[0] : query.split("&")) {
                    int eq = pair.indexOf('=');
                    try {
                        values.computeIfAbsent(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                                k -> new ArrayList<>()).add(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                    } catch (IllegalArgumentException malformed) {
                        // a malformed pair is left out, as the container does
                    }
                }
                Map<String, String[]> map = new LinkedHashMap<>();
                values.forEach((k, v) -> map.put(k, v.toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(map);
            }
            return parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return getParameterMap().get(name);
        }
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
