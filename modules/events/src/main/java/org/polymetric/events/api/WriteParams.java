package org.polymetric.events.api;

import jakarta.ws.rs.core.MediaType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.polymetric.events.ingest.Refusal;
import org.polymetric.kernel.web.JsonBuilders;
import org.polymetric.kernel.web.MultipartForm;

/**
 * A write request's parameters as Countly reads them: the query string and the body (form,
 * multipart or a JSON object) merged into one map, the body winning; plus the text the SDK
 * signed for the checksum (the form body when there is one, else the query string).
 */
public record WriteParams(Map<String, String> values, String signed) {

    public static WriteParams of(String query, String contentType, byte[] body) throws Refusal {
        Map<String, String> values = new LinkedHashMap<>(form(query));
        String signed = query == null ? "" : query;
        if (body != null && body.length > 0) {
            MediaType type = mediaType(contentType);
            if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
                MultipartForm form = MultipartForm.parse(contentType, body).orElseThrow(() -> Refusal.invalid("body"));
                form.names().forEach(n -> values.put(n, form.text(n)));
            } else if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                String text = new String(body, StandardCharsets.UTF_8);
                try {
                    JsonBuilders.parse(text).asJsonObject().forEach((k, v) -> values.put(k,
                            v.getValueType() == jakarta.json.JsonValue.ValueType.STRING
                                    ? ((jakarta.json.JsonString) v).getString() : v.toString()));
                } catch (RuntimeException e) {
                    throw Refusal.invalid("body");
                }
                signed = text;
            } else {
                // form-encoded, also when an SDK forgets the content type
                String text = new String(body, StandardCharsets.UTF_8);
                values.putAll(form(text));
                signed = text;
            }
        }
        return new WriteParams(values, signed);
    }

    private static MediaType mediaType(String contentType) {
        try {
            return contentType == null ? null : MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Map<String, String> form(String text) throws Refusal {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.put(name, value);
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid(eq < 0 ? "body" : pair.substring(0, Math.min(eq, 40)));
            }
        }
        return out;
    }
}
