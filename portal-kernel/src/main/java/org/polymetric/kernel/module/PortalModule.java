package org.polymetric.kernel.module;

import java.util.List;
import java.util.Set;
import org.polymetric.kernel.web.ErrorReplies;

/**
 * A plugin module's descriptor, found through
 * {@code META-INF/services/org.polymetric.kernel.module.PortalModule}. One small class per module
 * jar; its {@link #id()} is reused everywhere: URL segment, template folder, message bundle,
 * permission domain, table prefix and {@code sql/<id>} migrations.
 */
public interface PortalModule {

    /** Lower-case letters and digits, e.g. {@code events}. Unique in a portal. */
    String id();

    /** The name shown in navigation, e.g. {@code Events}. */
    String displayName();

    /** Position in navigation; lower comes first. */
    default int order() {
        return 100;
    }

    /** Navigation entries; every path must start with {@code /<id>}. */
    default List<NavigationEntry> navigation() {
        return List.of();
    }

    /**
     * The module's JAX-RS classes: its resources, each with a class-level {@code @Path} under
     * {@code /api/<id>} or {@code /<id>} (the registry refuses others), and its {@code @Provider}s.
     * These are exactly what the portal's JAX-RS application registers for the module: a resource
     * left out is not served, so none can escape the path check.
     */
    default Set<Class<?>> resourceClasses() {
        return Set.of();
    }

    /**
     * Single path segments the module also answers at the root, forwarded to
     * {@code /api/<id>/<segment>}: some vendor clients take a bare {@code scheme://host:port} and
     * append the vendor's paths themselves (Countly SDKs add {@code /i} and {@code /o}). A segment
     * may be claimed once in a portal and never shadows the kernel's own paths or a module's id.
     */
    default Set<String> rootPaths() {
        return Set.of();
    }

    /**
     * The body of an error the kernel answers for the module's API paths (under
     * {@code /api/<id>} and its root paths) before any of its code runs, e.g. a request over the
     * portal's size limit. The portal's own shape, {@code {"error": message}}, unless the
     * module's dialect has another.
     */
    default String errorJson(String message) {
        return ErrorReplies.errorJson(message);
    }

    /**
     * Whether the module answers an API call whose credentials the kernel refused (unknown token,
     * wrong password, throttled, over its rate limit) itself, in its vendor's error shape, instead
     * of the kernel's {@code {"error": ...}}. Such a call goes on unauthenticated, carrying
     * {@link org.polymetric.kernel.security.ApiAuthenticationFilter.Refused} as the request
     * attribute {@link org.polymetric.kernel.security.ApiAuthenticationFilter#REFUSED}; the
     * module must answer it without reading any data.
     *
     * @param apiPath the path below {@code /api/<id>}, e.g. {@code /o/analytics/dashboard}
     */
    default boolean answersRefusedCredentials(String apiPath) {
        return false;
    }
}
