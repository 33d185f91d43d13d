package org.polymetric.kernel.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polymetric.kernel.module.Modules;
import org.polymetric.kernel.module.PortalModule;

/**
 * The error body of an API path in its dialect's shape, for errors the kernel answers before a
 * module's code runs: the module that owns the path (by {@code /api/<id>} or a root path such as
 * {@code /i}) shapes it ({@link PortalModule#errorJson}); other API paths get the portal's
 * {@code {"error": ...}}. Pages have no JSON shape: they get the theme's error page.
 */
@ApplicationScoped
public class DialectErrors {
    @Inject
    Modules modules;

    private final Map<String, PortalModule> byId = new HashMap<>();
    private Map<String, String> roots = Map.of();

    @PostConstruct
    void load() {
        use(modules.all(), modules.rootPaths());
    }

    void use(List<PortalModule> all, Map<String, String> rootPaths) {
        all.forEach(m -> byId.put(m.id(), m));
        roots = rootPaths;
    }

    /** The JSON body for {@code path} (inside the application, starting with {@code /}); empty for a page. */
    public Optional<String> json(String path, String message) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        String first = segment(p);
        if (first.equals("api")) {
            return Optional.of(apiOwner(p).map(owner -> owner.errorJson(message)).orElseGet(() -> ErrorReplies.errorJson(message)));
        }
        String root = roots.get(first);
        return root == null ? Optional.empty() : Optional.of(byId.get(root).errorJson(message));
    }

    /** The module owning an API path ({@code /api/<id>/...}, after root paths were rewritten to it). */
    public Optional<PortalModule> owner(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return segment(p).equals("api") ? apiOwner(p) : Optional.empty();
    }

    private Optional<PortalModule> apiOwner(String p) {
        return Optional.ofNullable(byId.get(segment(p.length() > 4 ? p.substring(4) : "")));
    }

    /**
     * An error answer for a JAX-RS request: on an API path the owning dialect's JSON with
     * {@code status}, elsewhere the theme's error page.
     */
    public Response reply(UriInfo uri, int status, String message) {
        String path = "/" + (uri == null ? "" : uri.getPath().replaceFirst("^/", ""));
        return json(path, message)
                .map(json -> Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(json).build())
                .orElseGet(() -> ErrorReplies.page(status, message));
    }

    private static String segment(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }
}
