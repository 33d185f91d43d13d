package org.polymetric.events.api;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.polymetric.kernel.storage.DatabaseOutage;
import org.polymetric.kernel.web.ErrorReplies;
import org.polymetric.kernel.web.JsonBuilders;

/**
 * A Countly answer before it is sent: a JSON object (here {@code {"result": ...}}) with the
 * request's status, or, with a well-formed {@code callback}, the same object as JSONP. Every
 * answer allows any origin: web SDKs post from the customer's own site. JAX-RS sends it as a
 * {@link Response}; the write path's fast filter ({@link WriteFastPath}) writes it to the servlet
 * response itself.
 */
public record CountlyAnswer(int status, String contentType, byte[] body) {
    // a JavaScript name path: anything else would let a link inject script into the answer
    private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.]{0,63}");
    static final String JSON = "application/json; charset=utf-8";
    static final String JAVASCRIPT = "application/javascript; charset=utf-8";

    public static CountlyAnswer result(int status, String result, String info, String callback) {
        var body = JsonBuilders.object().add("result", result);
        if (info != null) {
            body.add("info", info);
        }
        return json(status, body.build().toString(), callback);
    }

    /** Any JSON text as Countly answers it, JSONP when asked. */
    public static CountlyAnswer json(int status, String json, String callback) {
        if (callback != null && CALLBACK.matcher(callback).matches()) {
            return new CountlyAnswer(status, JAVASCRIPT, (callback + "(" + json + ")").getBytes(StandardCharsets.UTF_8));
        }
        return new CountlyAnswer(status, JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    /** A kept UTF-8 JSON answer: sent as it is, or wrapped for JSONP. */
    public static CountlyAnswer json(int status, byte[] json, String callback) {
        if (callback != null && CALLBACK.matcher(callback).matches()) {
            return json(status, new String(json, StandardCharsets.UTF_8), callback);
        }
        return new CountlyAnswer(status, JSON, json);
    }

    /** The portal's own error shape, {@code {"error": "..."}}, for what is not Countly's to answer. */
    public static CountlyAnswer error(int status, String message) {
        return new CountlyAnswer(status, JSON, ErrorReplies.errorJson(message).getBytes(StandardCharsets.UTF_8));
    }

    public Response toResponse() {
        Response.ResponseBuilder r = Response.status(status).type(contentType).header("Access-Control-Allow-Origin", "*");
        if (status == 503) {
            r.header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
        }
        return r.entity(body).build();
    }

    public void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (status == 503) {
            // SDKs back off and retry a busy server; say when
            response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
