package org.polymetric.events.api;

import jakarta.ws.rs.core.Response;

/** Countly's answers as JAX-RS responses (see {@link CountlyAnswer} for their shape). */
public final class CountlyReply {
    private CountlyReply() {
    }

    public static Response result(int status, String result, String info, String callback) {
        return CountlyAnswer.result(status, result, info, callback).toResponse();
    }

    /** A kept UTF-8 JSON answer: sent as it is, or wrapped for JSONP. */
    public static Response json(int status, byte[] json, String callback) {
        return CountlyAnswer.json(status, json, callback).toResponse();
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
