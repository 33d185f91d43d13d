package org.polymetric.counters.api;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.polymetric.kernel.web.JsonBuilders;

/**
 * The counters API's answers. Photon documents no error shape, so errors are
 * {@code {"error": true, "message": "..."}} (with {@code "line"} for a write's bad line).
 */
public final class CounterReply {
    private CounterReply() {
    }

    /** The error body, also for what the kernel answers on the module's paths (see {@code CountersModule}). */
    public static String errorJson(String message) {
        return error(message).build().toString();
    }

    static Response error(int status, String message) {
        return json(status, error(message));
    }

    private static JsonObjectBuilder error(String message) {
        return JsonBuilders.object().add("error", true).add("message", message);
    }

    static Response errorAt(int status, String message, int line) {
        return json(status, error(message).add("line", line));
    }

    static Response json(int status, JsonObjectBuilder body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).entity(body.build().toString())
                .build();
    }
}
