package org.polymetric.kernel.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.polymetric.kernel.module.Modules;

/**
 * Serves a module's root paths ({@code /i}, {@code /o/…} for Countly SDKs that append them to a
 * bare host) as {@code /api/<id>/…}. Mapped before Shiro, so the call is authenticated and
 * answered exactly as the API path would be (query and body travel along). The request goes on
 * down the same chain with its path rewritten: JAX-RS owns {@code /*}, so no dispatch is needed,
 * and a forward would cost SDK traffic a second pass through the container (about a tenth of an
 * ingest request's time).
 */
public class RootPathRewrite extends HttpFilter {
    @Inject
    Modules modules;

    private Map<String, String> roots;

    @Override
    public void init() {
        roots = modules.rootPaths();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String target = target(AppPath.of(request), roots);
        chain.doFilter(target == null ? request : new Rewritten(request, target), response);
    }

    /** The API path a root path stands for, or null when {@code path} is not one. */
    static String target(String path, Map<String, String> roots) {
        if (roots.isEmpty() || path.length() < 2) {
            return null;
        }
        int end = path.indexOf('/', 1);
        String segment = end < 0 ? path.substring(1) : path.substring(1, end);
        String module = roots.get(segment);
        return module == null ? null : "/api/" + module + path;
    }

    /** The request as if it had named the API path; JAX-RS is mapped to /*, so the whole path is path info. */
    private static final class Rewritten extends HttpServletRequestWrapper {
        private final String uri;
        private final String path;

        Rewritten(HttpServletRequest request, String path) {
            super(request);
            this.path = path;
            this.uri = request.getContextPath() + path;
        }

        @Override
        public String getRequestURI() {
            return uri;
        }

        /** The container's URL with its path swapped: scheme, host and port stay as the container wrote them. */
        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = super.getRequestURL();
            url.setLength(url.length() - super.getRequestURI().length());
            return url.append(uri);
        }

        @Override
        public String getServletPath() {
            return "";
        }

        @Override
        public String getPathInfo() {
            return path;
        }
    }
}
