package org.polymetric.events.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.polymetric.events.ingest.Refusal;
import org.polymetric.events.ingest.SignedPart;
import org.polymetric.kernel.web.BoundedBody;
import org.polymetric.kernel.web.JsonBuilders;
import org.polymetric.kernel.web.MultipartForm;
import org.polymetric.kernel.web.RequestSizeLimit;

/**
 * A write request's parameters as Countly reads them: the query string and the body (form,
 * multipart or a JSON object) merged into one map, the body winning; plus the part the SDK
 * signed for the checksum ({@link SignedPart}: the query string or the body, whichever carries
 * the checksum).
 */
public record WriteParams(Map<String, String> values, SignedPart signed) {

    /**
     * A request's parameters: its query string and, for a POST ({@code body} not null), its body
     * of at most {@code limit} bytes.
     *
     * @throws Refusal 413 for a larger body, 400 for one that cannot be read
     */
    public static WriteParams read(HttpServletRequest request, InputStream body, int limit) throws Refusal {
        byte[] bytes = null;
        if (body != null) {
            try {
                bytes = BoundedBody.read(body, limit).orElseThrow(() -> new Refusal(413, RequestSizeLimit.MESSAGE));
            } catch (IOException e) {
                throw new Refusal(400, "Could not read the request");
            }
        }
        return of(request.getQueryString(), request.getContentType(), bytes);
    }

    public static WriteParams of(String query, String contentType, byte[] body) throws Refusal {
        Map<String, String> fromQuery = form(query);
        SignedPart inQuery = new SignedPart(fromQuery, query == null ? "" : query);
        if (body == null || body.length == 0) {
            return new WriteParams(fromQuery, inQuery);
        }
        Map<String, String> fromBody = new LinkedHashMap<>();
        String text = null;
        MediaType type = mediaType(contentType);
        if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            MultipartForm form = MultipartForm.parse(contentType, body).orElseThrow(() -> Refusal.invalid("body"));
            form.names().forEach(n -> fromBody.put(n, form.text(n)));
        } else if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            text = new String(body, StandardCharsets.UTF_8);
            try {
                JsonBuilders.parse(text).asJsonObject().forEach((k, v) -> fromBody.put(k,
                        v.getValueType() == jakarta.json.JsonValue.ValueType.STRING
                                ? ((jakarta.json.JsonString) v).getString() : v.toString()));
            } catch (RuntimeException e) {
                throw Refusal.invalid("body");
            }
        } else {
            // form-encoded, also when an SDK forgets the content type
            text = new String(body, StandardCharsets.UTF_8);
            fromBody.putAll(form(text));
        }
        Map<String, String> values = new LinkedHashMap<>(fromQuery);
        values.putAll(fromBody);
        // a multipart body has no text of its own to sign: its checksum is checked against the query string, so
        // only the query's parameters are signed
        boolean queryIsSigned = text == null || !signs(fromBody) && signs(fromQuery);
        return new WriteParams(values, queryIsSigned ? inQuery : new SignedPart(fromBody, text));
    }

    private static boolean signs(Map<String, String> part) {
        return part.containsKey("checksum") || part.containsKey("checksum256");
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
