package org.polymetric.organizations.api;

import org.polymetric.kernel.web.JsonBuilders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * An error in GameAnalytics' (FastAPI's) shape: 422 {@code {"detail": [{"loc", "msg", "type"}]}}
 * for invalid input, {@code {"detail": "..."}} for 403, 404 and 409.
 */
public class Problem extends RuntimeException {
    private final int status;
    private final transient JsonObject body;

    private Problem(int status, String message, JsonObject body) {
        super(message);
        this.status = status;
        this.body = body;
    }

    /** One invalid field: where ({@code ["query", "page[size]"]}), what, and pydantic's error type. */
    public record Detail(List<String> loc, String msg, String type) {
    }

    public static Problem unprocessable(List<Detail> details) {
        JsonArrayBuilder list = JsonBuilders.array();
        for (Detail d : details) {
            list.add(JsonBuilders.object().add("loc", JsonBuilders.array(d.loc())).add("msg", d.msg()).add("type", d.type()));
        }
        return new Problem(422, details.isEmpty() ? "invalid" : details.get(0).msg(),
                JsonBuilders.object().add("detail", list).build());
    }

    public static Problem notFound() {
        return simple(404, "Not found");
    }

    public static Problem forbidden(String message) {
        return simple(403, message);
    }

    public static Problem conflict(String message) {
        return simple(409, message);
    }

    private static Problem simple(int status, String message) {
        return new Problem(status, message, detail(message));
    }

    /** FastAPI's {@code {"detail": message}}, GameAnalytics' shape for every error but 422's list. */
    public static JsonObject detail(String message) {
        return JsonBuilders.object().add("detail", message).build();
    }

    public int status() {
        return status;
    }

    public JsonObject body() {
        return body;
    }
}
