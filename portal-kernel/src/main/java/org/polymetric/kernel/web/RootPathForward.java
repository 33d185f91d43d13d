package org.polymetric.kernel.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.polymetric.kernel.module.Modules;

/**
 * Serves a module's root paths ({@code /i}, {@code /o/…} for Countly SDKs that append them to a
 * bare host) by forwarding to {@code /api/<id>/…}. Mapped before Shiro, so the forwarded call is
 * authenticated and answered exactly as the API path would be (query and body travel along).
 */
public class RootPathForward extends HttpFilter {
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
        String target = target(request.getRequestURI().substring(request.getContextPath().length()), roots);
        if (target == null) {
            chain.doFilter(request, response);
        } else {
            request.getRequestDispatcher(target).forward(request, response);
        }
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
}
