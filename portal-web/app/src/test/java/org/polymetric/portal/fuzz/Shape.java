package org.polymetric.portal.fuzz;

import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A valid request of one endpoint, kept in parts so that a mutation can change one of them: the
 * method, the path (parameters filled in), query parameters, headers (credentials among them) and
 * a body that is JSON, a form, text or plain bytes.
 */
record Shape(Endpoint endpoint, String method, String path, List<String[]> query, List<String[]> headers, Body body,
             Tenant tenant, Credential credential) {

    /** A body in the form the mutations know how to change. */
    sealed interface Body {
        String contentType();
    }

    record NoBody() implements Body {
        public String contentType() {
            return null;
        }
    }

    record Json(JsonValue value) implements Body {
        public String contentType() {
            return "application/json";
        }
    }

    record Form(List<String[]> fields) implements Body {
        public String contentType() {
            return "application/x-www-form-urlencoded";
        }
    }

    record Text(String contentType, String text) implements Body {
    }

    record Bytes(String contentType, byte[] bytes) implements Body {
    }

    Shape withQuery(List<String[]> q) {
        return new Shape(endpoint, method, path, q, headers, body, tenant, credential);
    }

    Shape withHeaders(List<String[]> h) {
        return new Shape(endpoint, method, path, query, h, body, tenant, credential);
    }

    Shape withBody(Body b) {
        return new Shape(endpoint, method, path, query, headers, b, tenant, credential);
    }

    Shape withCredential(Credential c) {
        return new Shape(endpoint, method, path, query, headers, body, tenant, c);
    }

    Shape withPath(String p) {
        return new Shape(endpoint, method, p, query, headers, body, tenant, credential);
    }

    Shape withMethod(String m) {
        return new Shape(endpoint, m, path, query, headers, body, tenant, credential);
    }

    /** The request as it goes on the wire, labelled with the endpoint. */
    Probe probe(String label) {
        String target = path + (query.isEmpty() ? "" : "?" + query.stream()
                .map(p -> enc(p[0]) + "=" + enc(p[1])).collect(Collectors.joining("&")));
        List<String[]> h = new ArrayList<>(headers);
        byte[] bytes = new byte[0];
        if (body.contentType() != null) {
            h.add(new String[] {"Content-Type", body.contentType()});
            if (body instanceof Json j) {
                bytes = j.value().toString().getBytes(StandardCharsets.UTF_8);
            } else if (body instanceof Form f) {
                bytes = form(f.fields()).getBytes(StandardCharsets.UTF_8);
            } else if (body instanceof Text t) {
                bytes = t.text().getBytes(StandardCharsets.UTF_8);
            } else if (body instanceof Bytes b) {
                bytes = b.bytes();
            }
        }
        return Probe.of(endpoint.key() + " " + label, method, target, h, bytes);
    }

    static String form(List<String[]> fields) {
        return fields.stream().map(p -> enc(p[0]) + "=" + enc(p[1])).collect(Collectors.joining("&"));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
