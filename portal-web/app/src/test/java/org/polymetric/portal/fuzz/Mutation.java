package org.polymetric.portal.fuzz;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What the fuzz does to a valid request. Each kind turns a {@link Shape} into the {@link Probe}
 * sent; {@code raw} kinds break HTTP itself (framing, header syntax), where a server may also just
 * close the connection. {@code NOT_ADMIN} is no draw of its own: a {@code CROSS_ORG} draw on an
 * administrator's endpoint becomes it (an organization's owner asks instead of the administrator).
 */
enum Mutation {
    NONE(false), WRONG_TYPE(false), MISSING(false), REPEATED(false), DEEP_JSON(false), HUGE_STRING(false), BAD_UTF8(false),
    NUMBER(false), CROSS_ORG(false), HEADER_INJECTION(true), OVERSIZED_HEADER(true), CONTENT_TYPE(false), FRAMING(true),
    WRONG_METHOD(false), NO_CREDENTIALS(false), BAD_CREDENTIALS(false), PATH(false), NOT_ADMIN(false);

    final boolean raw;

    Mutation(boolean raw) {
        this.raw = raw;
    }

    static final List<String> WRONG = List.of("abc", "[]", "{}", "true", "null", "1.5", "", " ", "[1,2", "{\"a\":", "-", "\u0000",
            "\"\"", "[[]]", "{\"$gt\":\"\"}", "' OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "%s%s%n");
    static final List<String> NUMBERS = List.of("1e309", "-0", "9223372036854775808", "-9223372036854775809", "NaN", "Infinity",
            "-Infinity", "0x1F", "+5", "1e-400", "99999999999999999999999999", "1.7976931348623157e309", "4294967296", "-1", "0",
            "1_000", "\u0661\u0662\u0663", "1e99999", "2147483648", "1.", ".5", "00012", "1e3", "-2147483649", "18446744073709551616");
    private static final List<String> CONTENT_TYPES = List.of("application/json; charset=ebcdic", "text/plain",
            "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=", "application/json; charset=utf-16",
            "*/*", "", "application/json, text/plain", "image/png", "application/xml", "application/json; boundary=\"",
            "multipart/form-data; boundary=" + "b".repeat(200), "text/csv", "application/octet-stream");
    private static final List<String> SEGMENTS = List.of("..", "%2e%2e", "%00", "a".repeat(5000), "%ff", "%F0%9F%98%80", "-1", "0",
            "99999999999999999999", "1e3", "%20", "%2F", "%25", "+", "null", ";jsessionid=x", "%C0%AF", "~", "0x10");

    /** The probe of this kind from a valid shape. */
    Probe apply(Shape s, Random r) {
        return switch (this) {
            case NONE, CROSS_ORG, NOT_ADMIN -> s.probe(name());
            case WRONG_TYPE -> value(s, r, WRONG.get(r.nextInt(WRONG.size())), true).probe(name());
            case NUMBER -> value(s, r, NUMBERS.get(r.nextInt(NUMBERS.size())), false).probe(name());
            case MISSING -> missing(s, r).probe(name());
            case REPEATED -> repeated(s, r).probe(name());
            case DEEP_JSON -> deep(s, r);
            case HUGE_STRING -> huge(s, r);
            case BAD_UTF8 -> badUtf8(s, r);
            case HEADER_INJECTION -> injection(s, r);
            case OVERSIZED_HEADER -> oversized(s, r);
            case CONTENT_TYPE -> contentType(s, r);
            case FRAMING -> framing(s, r);
            case WRONG_METHOD -> s.withMethod(Requests.pick(r, "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO",
                    s.method().equals("GET") ? "POST" : "GET")).probe(name());
            case NO_CREDENTIALS -> withoutCredentials(s).probe(name());
            case BAD_CREDENTIALS -> badCredentials(s, r).probe(name());
            case PATH -> path(s, r).probe(name());
        };
    }

    // ---- values ----

    /** One value replaced by {@code text}: a query or form value, or a JSON slot ({@code quoted}: also as a JSON string). */
    private static Shape value(Shape s, Random r, String text, boolean quoted) {
        if (s.body() instanceof Shape.Json j && (s.query().isEmpty() || r.nextBoolean())) {
            int slot = r.nextInt(JsonSlots.count(j.value()));
            String raw = quoted && r.nextBoolean() ? jakarta.json.Json.createValue(text).toString() : text;
            return s.withBody(new Shape.Text("application/json", JsonSlots.replace(j.value(), slot, raw)));
        }
        if (s.body() instanceof Shape.Form f && !f.fields().isEmpty() && (s.query().isEmpty() || r.nextBoolean())) {
            return s.withBody(new Shape.Form(replaced(f.fields(), r, text)));
        }
        if (s.body() instanceof Shape.Text t && r.nextBoolean()) {
            String body = t.text();
            int at = body.isEmpty() ? 0 : r.nextInt(body.length());
            int end = Math.min(body.length(), at + 1 + r.nextInt(12));
            return s.withBody(new Shape.Text(t.contentType(), body.substring(0, at) + text + body.substring(end)));
        }
        if (!s.query().isEmpty()) {
            return s.withQuery(replaced(s.query(), r, text));
        }
        return s.withQuery(List.<String[]>of(Requests.p(Requests.pick(r, "game_id", "organization_id", "app_id", "time", "page", "id"), text)));
    }

    private static List<String[]> replaced(List<String[]> pairs, Random r, String text) {
        List<String[]> copy = new ArrayList<>(pairs);
        int i = r.nextInt(copy.size());
        copy.set(i, Requests.p(copy.get(i)[0], text));
        return copy;
    }

    private static Shape missing(Shape s, Random r) {
        int choice = r.nextInt(3);
        if (choice == 0 && !s.query().isEmpty()) {
            List<String[]> q = new ArrayList<>(s.query());
            q.remove(r.nextInt(q.size()));
            return s.withQuery(q);
        }
        if (choice == 1 && s.body() instanceof Shape.Json j && j.value() instanceof JsonObject o && !o.isEmpty()) {
            List<String> keys = new ArrayList<>(o.keySet());
            String drop = keys.get(r.nextInt(keys.size()));
            var b = jakarta.json.Json.createObjectBuilder(o);
            b.remove(drop);
            return s.withBody(new Shape.Json(b.build()));
        }
        if (choice == 1 && s.body() instanceof Shape.Form f && !f.fields().isEmpty()) {
            List<String[]> fields = new ArrayList<>(f.fields());
            fields.remove(r.nextInt(fields.size()));
            return s.withBody(new Shape.Form(fields));
        }
        // no body at all (the declared type kept)
        String type = s.body().contentType();
        return s.withBody(type == null ? new Shape.NoBody() : new Shape.Bytes(type, new byte[0]));
    }

    private static Shape repeated(Shape s, Random r) {
        if (s.body() instanceof Shape.Json j && j.value() instanceof JsonObject o && !o.isEmpty() && r.nextBoolean()) {
            String raw = r.nextBoolean() ? "\"dup\"" : NUMBERS.get(r.nextInt(NUMBERS.size()));
            return s.withBody(new Shape.Text("application/json", JsonSlots.duplicateFirst(o, raw)));
        }
        List<String[]> pairs = !s.query().isEmpty() ? s.query()
                : s.body() instanceof Shape.Form f && !f.fields().isEmpty() ? f.fields() : List.<String[]>of(Requests.p("game_id", "1"));
        List<String[]> copy = new ArrayList<>(pairs);
        String[] twice = copy.get(r.nextInt(copy.size()));
        int times = 1 + (r.nextInt(5) == 0 ? 200 : r.nextInt(3));
        for (int i = 0; i < times; i++) {
            copy.add(Requests.p(twice[0], r.nextBoolean() ? twice[1] : WRONG.get(r.nextInt(WRONG.size()))));
        }
        return !s.query().isEmpty() || !(s.body() instanceof Shape.Form) ? s.withQuery(copy) : s.withBody(new Shape.Form(copy));
    }

    // ---- size and depth ----

    private Probe deep(Shape s, Random r) {
        int depth = Requests.pick(r, "100", "1000", "10000").equals("100") ? 100 : r.nextBoolean() ? 1000 : 10_000;
        String open = r.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        if (s.body() instanceof Shape.Json j) {
            int slot = r.nextInt(JsonSlots.count(j.value()));
            return s.withBody(new Shape.Text("application/json", JsonSlots.replace(j.value(), slot, nested))).probe(name() + " " + depth);
        }
        if (s.body() instanceof Shape.Form f && !f.fields().isEmpty()) {
            return s.withBody(new Shape.Form(replaced(f.fields(), r, nested))).probe(name() + " " + depth);
        }
        if (!s.query().isEmpty() && depth <= 1000) {
            return s.withQuery(replaced(s.query(), r, nested)).probe(name() + " " + depth);
        }
        return s.withBody(new Shape.Text("application/json", nested)).probe(name() + " " + depth);
    }

    private Probe huge(Shape s, Random r) {
        int size = r.nextBoolean() ? 1 << 20 : 64 * 1024;
        String big = r.nextBoolean() ? "a".repeat(size) : "\u00e9\u4e2d".repeat(size / 6);
        if (s.body() instanceof Shape.Json j) {
            int slot = r.nextInt(JsonSlots.count(j.value()));
            return s.withBody(new Shape.Text("application/json", JsonSlots.replace(j.value(), slot, jakarta.json.Json.createValue(big).toString())))
                    .probe(name() + " " + size);
        }
        if (s.body() instanceof Shape.Form f && !f.fields().isEmpty()) {
            return s.withBody(new Shape.Form(replaced(f.fields(), r, big))).probe(name() + " " + size);
        }
        if (s.body() instanceof Shape.Text t) {
            return s.withBody(new Shape.Text(t.contentType(), t.text() + big)).probe(name() + " " + size);
        }
        // in a query string: an over-long request line, bounded so the request still reaches the server
        String value = "a".repeat(r.nextBoolean() ? 9000 : 70_000);
        List<String[]> q = s.query().isEmpty() ? List.<String[]>of(Requests.p("x", value)) : replaced(s.query(), r, value);
        return s.withQuery(q).probe(name() + " query " + value.length());
    }

    private Probe badUtf8(Shape s, Random r) {
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {0x00}};
        byte[] insert = bad[r.nextInt(bad.length)];
        Probe p = s.probe(name());
        if (p.body().length > 0 && r.nextInt(3) > 0) {
            // inside the body, after a quote or '=' where possible (into a value)
            byte[] body = p.body();
            int at = r.nextInt(body.length);
            for (int i = at; i < body.length; i++) {
                if (body[i] == '"' || body[i] == '=') {
                    at = i + 1;
                    break;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(body, 0, at);
            out.writeBytes(insert);
            out.write(body, at, body.length - at);
            return p.withBody(out.toByteArray());
        }
        StringBuilder enc = new StringBuilder();
        for (byte b : insert) {
            enc.append('%').append(String.format("%02X", b & 0xFF));
        }
        String target = p.target();
        if (r.nextBoolean()) {
            // raw bytes in the request line (sent as ISO-8859-1 characters, i.e. the bytes themselves)
            return p.withTarget(target + (target.contains("?") ? "&" : "?") + "v=" + new String(insert, StandardCharsets.ISO_8859_1));
        }
        int eq = target.indexOf('=');
        return p.withTarget(eq < 0 ? target + "?device_id=" + enc : target.substring(0, eq + 1) + enc + target.substring(eq + 1));
    }

    // ---- HTTP itself ----

    private Probe injection(Shape s, Random r) {
        Probe p = s.probe(name());
        return switch (r.nextInt(5)) {
            case 0 -> p.plusHeader("X-Fuzz", "a\r\nX-Injected: 1");
            case 1 -> p.plusHeader("X-Fuzz", "a\nb");
            case 2 -> p.plusHeader("X-Fuzz", "a\rb");
            case 3 -> p.withTarget(p.target() + (p.target().contains("?") ? "&" : "?") + "device_id=a%0d%0aSet-Cookie:%20x=1&next=%0d%0aLocation:%20http://evil");
            default -> p.withTarget(p.target().replaceFirst("=", "=a\r\nX-Injected: 1\r\n"));
        };
    }

    private Probe oversized(Shape s, Random r) {
        Probe p = s.probe(name());
        if (r.nextBoolean()) {
            int size = r.nextBoolean() ? 16 * 1024 : r.nextBoolean() ? 64 * 1024 : 1 << 20;
            return p.plusHeader(Requests.pick(r, "X-Fuzz", "Cookie", "Authorization", "User-Agent", "X-Forwarded-For"), "x".repeat(size))
                    .labelled(size + " bytes");
        }
        List<String[]> many = new ArrayList<>(p.headers());
        for (int i = 0; i < 500; i++) {
            many.add(Requests.h("X-Fuzz-" + i, "v"));
        }
        return p.withHeaders(many).labelled("500 headers");
    }

    private Probe contentType(Shape s, Random r) {
        Probe p = s.probe(name());
        String type = CONTENT_TYPES.get(r.nextInt(CONTENT_TYPES.size()));
        return p.withoutHeader("Content-Type").plusHeader("Content-Type", type).labelled(type);
    }

    private Probe framing(Shape s, Random r) {
        Probe p = s.probe(name());
        byte[] body = p.body().length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : p.body();
        Probe raw = p.withBody(body).unframed();
        return switch (r.nextInt(8)) {
            case 0 -> raw.plusHeader("Content-Length", Integer.toString(body.length + 10)).labelled("length over the body");
            case 1 -> raw.plusHeader("Content-Length", Integer.toString(Math.max(0, body.length / 2))).labelled("length under the body");
            case 2 -> raw.plusHeader("Content-Length", Integer.toString(body.length)).plusHeader("Transfer-Encoding", "chunked")
                    .withBody(chunked(body)).labelled("length and chunked");
            case 3 -> raw.plusHeader("Transfer-Encoding", "chunked").withBody(("zz\r\n" + new String(body, StandardCharsets.ISO_8859_1) + "\r\n0\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1)).labelled("bad chunk size");
            case 4 -> raw.plusHeader("Transfer-Encoding", "gzip, chunked").withBody(chunked(body)).labelled("gzip chunked");
            case 5 -> raw.plusHeader("Content-Length", "-1").labelled("negative length");
            case 6 -> raw.plusHeader("Content-Length", Integer.toString(body.length)).plusHeader("Content-Length", "7").labelled("two lengths");
            default -> raw.plusHeader("Content-Length", "99999999999999999999").labelled("length past 64 bits");
        };
    }

    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        out.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    // ---- credentials and paths ----

    static Shape withoutCredentials(Shape s) {
        List<String> headers = List.of("authorization", "x-auth-token", "x-api-key", "countly-token", "cookie", "x-csrf-token");
        Shape stripped = s.withHeaders(s.headers().stream().filter(h -> !headers.contains(h[0].toLowerCase())).toList())
                .withQuery(s.query().stream().filter(q -> !q[0].equals("api_key") && !q[0].equals("auth_token")).toList());
        if (stripped.body() instanceof Shape.Form f) {
            stripped = stripped.withBody(new Shape.Form(f.fields().stream().filter(q -> !q[0].equals("_csrf")).toList()));
        }
        return stripped;
    }

    private static Shape badCredentials(Shape s, Random r) {
        Shape bare = withoutCredentials(s);
        List<String[]> h = new ArrayList<>(bare.headers());
        String junk = Requests.pick(r, "x", "Bearer ", "Bearer " + "A".repeat(43), "Bearer \u00ff\u00fe", "null", "Bearer a b c",
                "Negotiate abc", "Bearer " + "z".repeat(5000));
        switch (r.nextInt(4)) {
            case 0 -> h.add(Requests.h("Authorization", junk));
            case 1 -> h.add(Requests.h("X-Auth-Token", junk));
            case 2 -> h.add(Requests.h("Cookie", "JSESSIONID=" + junk.replace(' ', '_')));
            default -> {
                return bare.withQuery(append(bare.query(), Requests.p("api_key", junk)));
            }
        }
        return bare.withHeaders(h);
    }

    private static List<String[]> append(List<String[]> list, String[] one) {
        List<String[]> copy = new ArrayList<>(list);
        copy.add(one);
        return copy;
    }

    private static Shape path(Shape s, Random r) {
        String[] parts = s.path().split("/", -1);
        if (parts.length <= 2) {
            return s.withPath(s.path() + "/" + SEGMENTS.get(r.nextInt(SEGMENTS.size())));
        }
        int i = 2 + r.nextInt(parts.length - 2);
        parts[i] = SEGMENTS.get(r.nextInt(SEGMENTS.size()));
        return s.withPath(String.join("/", parts));
    }
}
