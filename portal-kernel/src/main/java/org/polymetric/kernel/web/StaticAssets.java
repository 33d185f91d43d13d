package org.polymetric.kernel.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves {@code /static/**} from {@code static/} in any jar of the WAR (themes, modules), and
 * {@code /static/webjars/**} from the WebJars' {@code META-INF/resources/webjars/}, with
 * cache headers: browsers keep assets for a day and revalidate by ETag (the portal version).
 * Needed because JAX-RS owns {@code /*} and would hide jar resources.
 */
public class StaticAssets extends HttpServlet {
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "text/javascript;charset=UTF-8", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon", "woff2", "font/woff2", "json", "application/json");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.contains("..") || path.endsWith("/") || path.contains("\\")) {
            response.sendError(404);
            return;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        if (type == null) {
            response.sendError(404);
            return;
        }
        String etag = "\"" + PortalVersion.get() + "-" + Integer.toHexString(path.hashCode()) + "\"";
        String resource = path.startsWith("/webjars/") ? "META-INF/resources" + path : "static" + path;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            response.setHeader("Cache-Control", "public, max-age=86400");
            response.setHeader("ETag", etag);
            if (etag.equals(request.getHeader("If-None-Match"))) {
                response.setStatus(304);
                return;
            }
            response.setContentType(type);
            in.transferTo(response.getOutputStream());
        }
    }
}
