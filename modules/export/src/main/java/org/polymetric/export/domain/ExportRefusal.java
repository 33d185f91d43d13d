package org.polymetric.export.domain;

import jakarta.json.Json;

/**
 * A request an export refuses, with the field it is about ({@code from}, {@code to},
 * {@code interval}, {@code metrics}, {@code filters}, {@code dimensions}, {@code format}, or
 * {@code body} for the whole) and the sentence that names the rule: the API answers it as 400
 * {@code {"error": true, "message": ...}}, the export page beside its field.
 */
public class ExportRefusal extends RuntimeException {
    private final String field;

    public ExportRefusal(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Peer5's error body. */
    public static String json(String message) {
        return Json.createObjectBuilder().add("error", true).add("message", message).build().toString();
    }
}
