package org.polymetric.portal.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One request exactly as it goes on the wire: the fuzz writes its own bytes (CR/LF in headers,
 * invalid UTF-8, bogus framing), which no HTTP client library would send. {@code label} says what
 * was done to it, for the report.
 */
record Probe(String label, String method, String target, List<String[]> headers, byte[] body, boolean framed) {
    Probe {
        headers = List.copyOf(headers);
    }

    /** A well-framed request: {@code Content-Length} follows the body. */
    static Probe of(String label, String method, String target, List<String[]> headers, byte[] body) {
        return new Probe(label, method, target, headers, body, true);
    }

    Probe labelled(String more) {
        return new Probe(label + " + " + more, method, target, headers, body, framed);
    }

    Probe withTarget(String t) {
        return new Probe(label, method, t, headers, body, framed);
    }

    Probe withMethod(String m) {
        return new Probe(label, m, target, headers, body, framed);
    }

    Probe withBody(byte[] b) {
        return new Probe(label, method, target, headers, b, framed);
    }

    Probe withHeaders(List<String[]> h) {
        return new Probe(label, method, target, h, body, framed);
    }

    /** Raw framing: the caller's headers are sent as they are, no {@code Content-Length} added. */
    Probe unframed() {
        return new Probe(label, method, target, headers, body, false);
    }

    Probe plusHeader(String name, String value) {
        List<String[]> h = new ArrayList<>(headers);
        h.add(new String[] {name, value});
        return withHeaders(h);
    }

    Probe withoutHeader(String name) {
        return withHeaders(headers.stream().filter(h -> !h[0].equalsIgnoreCase(name)).toList());
    }

    String header(String name) {
        return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst().orElse(null);
    }

    /** The request's bytes; header values are ISO-8859-1 so that any byte can be sent. */
    byte[] wire(String host) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(host).append("\r\nConnection: close\r\n");
        for (String[] h : headers) {
            head.append(h[0]).append(": ").append(h[1]).append("\r\n");
        }
        if (framed && (body.length > 0 || !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS"))) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** Everything the request carries as text, to tell what an answer merely echoed. */
    String text() {
        StringBuilder b = new StringBuilder(target);
        headers.forEach(h -> b.append('\n').append(h[1]));
        return b.append('\n').append(new String(body, StandardCharsets.UTF_8)).toString();
    }
}
