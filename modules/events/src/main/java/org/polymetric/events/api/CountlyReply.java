package org.polymetric.events.api;

import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.polymetric.kernel.web.JsonBuilders;

/**
 * Countly's answers: a JSON object (here {@code {"result": ...}}) with the request's status, or,
 * with a well-formed {@code callback}, the same object as JSONP. Every answer allows any origin:
 * web SDKs post from the customer's own site.
 */
public final class CountlyReply {
    // a JavaScript name path: anything else would let a link inject script into the answer
    private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.]{0,63}");

    private CountlyReply() {
    }

    public static Response result(int status, String result, String info, String callback) {
        var body = JsonBuilders.object().add("result", result);
        if (info != null) {
            body.add("info", info);
        }
        return json(status, body.build().toString(), callback);
    }

    /** Any JSON text as Countly answers it, JSONP when asked. */
    public static Response json(int status, String json, String callback) {
        boolean jsonp = callback != null && CALLBACK.matcher(callback).matches();
        return Response.status(status)
                .type(jsonp ? "application/javascript; charset=utf-8" : "application/json; charset=utf-8")
                .header("Access-Control-Allow-Origin", "*")
                .entity(jsonp ? callback + "(" + json + ")" : json)
                .build();
    }

    /** A kept UTF-8 JSON answer: sent as it is, or wrapped for JSONP. */
    public static Response json(int status, byte[] json, String callback) {
        if (callback != null && CALLBACK.matcher(callback).matches()) {
            return json(status, new String(json, java.nio.charset.StandardCharsets.UTF_8), callback);
        }
        return Response.status(status).type("application/json; charset=utf-8")
                .header("Access-Control-Allow-Origin", "*").entity(json).build();
    }

    /** The preflight answer browsers need before a cross-site POST. */
    public static Response preflight() {
        return Response.ok()
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", "POST, GET, OPTIONS")
                .header("Access-Control-Allow-Headers", "countly-token, Content-Type")
                .build();
    }

    public static Response methodNotAllowed() {
        return result(405, "Method not allowed", null, null);
    }
}
