package org.polymetric.kernel.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One place that shapes errors: API paths answer {@code {"error": "..."}} as JSON, page paths the
 * active theme's error page. Modules with their own dialect error shape map their own exceptions.
 */
public final class ErrorReplies {
    private ErrorReplies() {
    }

    public static boolean isApi(UriInfo uri) {
        String path = uri == null ? "" : uri.getPath().replaceFirst("^/", "");
        return path.equals("api") || path.startsWith("api/");
    }

    public static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(errorJson(message)).build();
    }

    /** {@code {"error": message}} as JSON text, for what answers without JAX-RS (servlet filters). */
    public static String errorJson(String message) {
        return JsonBuilders.object().add("error", message).build().toString();
    }

    /**
     * Logs an unforeseen failure on {@code where} under a short incident id and returns what the
     * caller is told instead of a stack trace; the id ties the two together.
     */
    public static String incident(Logger log, String where, Throwable e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.log(Level.SEVERE, "Incident " + incident + " on " + where, e);
        return "Internal error (incident " + incident + ")";
    }

    public static Response page(int status, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(View.of("error").with("status", status).with("message", message)).build();
    }

    public static Response of(UriInfo uri, int status, String message) {
        return isApi(uri) ? json(status, message) : page(status, message);
    }
}
