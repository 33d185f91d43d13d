package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Hostile input that every path shares, sent through the real server: a multipart body built to
 * be slow, bodies over the portal's size limit (declared and chunked), a burst of anonymous
 * sessions and an oversized page to return to, formula text in a CSV download and markup in JSON
 * a page embeds. Each is answered fast with a 4xx in the path's dialect, nothing is stored, and
 * the server answers a normal request afterwards.
 */
class KernelHostileInputIT extends PortalIT {
    /** POLYMETRIC_MAX_REQUEST_BYTES' default. */
    private static final long LIMIT = 10L * 1024 * 1024;
    private static final long FAST_MS = 3000;

    /** The answer and how long it took. */
    private record Timed<T>(T value, long millis) {
        static <T> Timed<T> of(Supplier<T> call) {
            long start = System.nanoTime();
            T value = call.get();
            return new Timed<>(value, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private void assertUnharmed() {
        HttpResponse<String> noop = client().get("/api/noop");
        assertEquals(200, noop.statusCode(), "the server still answers: " + noop.body());
    }

    private static void assertFast(Timed<?> t) {
        assertTrue(t.millis() < FAST_MS, "answered in " + t.millis() + " ms");
    }

    // ---- multipart ----

    /** Tiny parts whose headers end in bare newlines: the old parser searched the rest of the body for every part. */
    private static byte[] tinyParts(int size) {
        StringBuilder b = new StringBuilder();
        while (b.length() < size) {
            b.append("--b\nContent-Disposition: form-data; name=\"a\"\n\nv\n");
        }
        return b.append("--b--\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aMultipartBodyOfThousandsOfTinyPartsIsRefusedFastInCountlysShape() {
        String key = Fixtures.text("SELECT game_key FROM game WHERE id = ?", newGame("Multipart"));
        long before = Fixtures.count("SELECT COUNT(*) FROM events_device");
        byte[] body = tinyParts(4 * 1024 * 1024);
        Timed<HttpResponse<String>> t = Timed.of(() -> client().postBytes("/i?app_key=" + key + "&device_id=mp&begin_session=1",
                "multipart/form-data; boundary=b", body));
        assertEquals(400, t.value().statusCode(), t.value().body());
        assertTrue(PortalClient.json(t.value()).containsKey("result"), t.value().body());
        assertFast(t);
        assertEquals(before, Fixtures.count("SELECT COUNT(*) FROM events_device"), "nothing stored");
        assertUnharmed();
    }

    @Test
    void aBoundaryLongerThanSeventyCharactersIsRefused() {
        String boundary = "b".repeat(71);
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"device_id\"\r\n\r\nlong\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> r = client().postBytes("/i?app_key=x", "multipart/form-data; boundary=" + boundary, body);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(PortalClient.json(r).containsKey("result"), r.body());
        assertUnharmed();
    }

    // ---- the size limit ----

    /** Sends only a request head declaring {@code length} bytes and reads the answer: a refusal must not wait for the body. */
    private String declared(String method, String path, long length, String... headers) throws IOException {
        URI uri = client().uri(path);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            StringBuilder head = new StringBuilder(method + " " + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1\r\n"
                    + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\nContent-Length: " + length + "\r\n");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = new byte[64 * 1024];
            int n = 0;
            int r;
            // the status line, headers and a small body arrive at once; stop reading at the body's end or the close
            try {
                while (n < answer.length && (r = in.read(answer, n, answer.length - n)) > 0) {
                    n += r;
                    if (complete(new String(answer, 0, n, StandardCharsets.UTF_8))) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                return "(no complete answer in 10 s) " + new String(answer, 0, n, StandardCharsets.UTF_8);
            }
            return new String(answer, 0, n, StandardCharsets.UTF_8);
        }
    }

    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = text.substring(0, end).toLowerCase();
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return head.contains("transfer-encoding: chunked") && text.endsWith("0\r\n\r\n");
        }
        int lineEnd = head.indexOf("\r\n", at);
        long length = Long.parseLong(head.substring(at + 15, lineEnd < 0 ? head.length() : lineEnd).trim());
        return text.getBytes(StandardCharsets.UTF_8).length - end - 4 >= length;
    }

    private static String body(String answer) {
        return answer.substring(answer.indexOf("\r\n\r\n") + 4);
    }

    @Test
    void aDeclaredBodyOverTheLimitIsRefusedAtOnceInEachDialectsShape() throws IOException {
        Timed<String> api = Timed.of(() -> unchecked(() -> declared("POST", "/api/tokens", 20 * LIMIT,
                "Content-Type", "application/json", "Authorization", PortalClient.basic(Admin.EMAIL, Admin.PASSWORD))));
        assertTrue(api.value().startsWith("HTTP/1.1 413"), api.value());
        assertEquals("{\"error\":\"Request is too large\"}", body(api.value()));
        assertFast(api);

        Timed<String> countly = Timed.of(() -> unchecked(() -> declared("POST", "/i?app_key=x&device_id=y", 20 * LIMIT,
                "Content-Type", "application/x-www-form-urlencoded")));
        assertTrue(countly.value().startsWith("HTTP/1.1 413"), countly.value());
        assertEquals("{\"result\":\"Request is too large\"}", body(countly.value()));
        assertFast(countly);

        String o = declared("POST", "/api/events/o?api_key=x", 20 * LIMIT, "Content-Type", "application/json");
        assertEquals("{\"result\":\"Request is too large\"}", body(o), o);

        String counters = declared("POST", "/api/counters/write", 20 * LIMIT, "Content-Type", "text/plain");
        assertTrue(counters.startsWith("HTTP/1.1 413"), counters);
        assertEquals("{\"error\":true,\"message\":\"Request is too large\"}", body(counters), "Photon's shape as the counters module answers");

        String gameAnalytics = declared("POST", "/api/organizations/studios", 20 * LIMIT, "Content-Type", "application/json");
        assertTrue(gameAnalytics.startsWith("HTTP/1.1 413"), gameAnalytics);
        assertEquals("{\"detail\":\"Request is too large\"}", body(gameAnalytics), "GameAnalytics' (FastAPI's) shape");

        Timed<String> page = Timed.of(() -> unchecked(() -> declared("POST", "/login", 20 * LIMIT,
                "Content-Type", "application/x-www-form-urlencoded")));
        assertTrue(page.value().startsWith("HTTP/1.1 413"), page.value());
        assertTrue(page.value().toLowerCase().contains("content-type: text/html"), page.value());
        assertTrue(body(page.value()).contains("error-page"), "the theme's error page: " + page.value());
        assertFast(page);
        assertUnharmed();
    }

    /** A body of unknown length (chunked) of {@code size} bytes of {@code prefix} then 'a's then {@code suffix}. */
    private static HttpRequest.BodyPublisher chunked(String prefix, long size, String suffix) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
            private final byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
            private final byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);
            private long at;

            @Override
            public int read() {
                if (at >= size) {
                    return -1;
                }
                long i = at++;
                if (i < head.length) {
                    return head[(int) i];
                }
                long fromEnd = size - i;
                return fromEnd <= tail.length ? tail[(int) (tail.length - fromEnd)] : 'a';
            }
        });
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aChunkedJsonBodyOverTheLimitIsCutThereAndNothingIsStored() {
        long before = Fixtures.count("SELECT COUNT(*) FROM api_token");
        HttpRequest request = HttpRequest.newBuilder(client().uri("/api/tokens")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", PortalClient.basic(Admin.EMAIL, Admin.PASSWORD))
                .POST(chunked("{\"name\":\"", LIMIT + 1024 * 1024, "\",\"scope\":{\"organization_id\":1},\"level\":\"viewer\"}")).build();
        HttpResponse<String> r;
        try {
            r = send(request);
        } catch (java.io.UncheckedIOException closedWhileSending) {
            // the server may close the connection once it has answered; what matters is what was stored
            r = null;
        }
        if (r != null) {
            assertEquals(413, r.statusCode(), r.body());
            assertEquals("Request is too large", PortalClient.json(r).getString("error"));
        }
        assertEquals(before, Fixtures.count("SELECT COUNT(*) FROM api_token"), "no token made");
        assertUnharmed();
    }

    @Test
    void theCsrfChecksFormReadStopsAtTheLimitToo() {
        // the login form is open to anyone and its CSRF token is read from the form body
        PortalClient c = client();
        String csrf = c.csrfFrom("/login");
        HttpRequest request = HttpRequest.newBuilder(c.uri("/login")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(chunked("email=" + URLEncoder.encode(Admin.EMAIL, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(Admin.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf + "&x=",
                        LIMIT + 4 * 1024 * 1024, "")).build();
        try {
            Timed<HttpResponse<String>> t = Timed.of(() -> send(request));
            assertEquals(413, t.value().statusCode(), t.value().body());
            assertTrue(t.value().body().contains("error-page"), t.value().body());
        } catch (java.io.UncheckedIOException closedWhileSending) {
            // as above: the answer may race the rest of the upload
        }
        assertUnharmed();
    }

    // ---- sessions ----

    @Test
    void aBurstOfAnonymousVisitorsEndsTheOldestAnonymousSessionsNotSignedInOnes() {
        PortalClient member = client();
        member.loginOrFail(Admin.EMAIL, Admin.PASSWORD);
        PortalClient first = client();
        String firstCsrf = first.csrfFrom("/login");
        List<PortalClient> burst = new ArrayList<>();
        Timed<Integer> t = Timed.of(() -> {
            for (int i = 0; i < 100; i++) {
                PortalClient c = client();
                assertEquals(200, c.get("/login").statusCode());
                burst.add(c);
            }
            return burst.size();
        });
        assertTrue(t.millis() < 30_000, "100 login forms in " + t.millis() + " ms");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", firstCsrf);
        form.put("email", Admin.EMAIL);
        form.put("password", Admin.PASSWORD);
        HttpResponse<String> stale = first.postForm("/login", form);
        assertEquals(403, stale.statusCode(), "the oldest anonymous session was ended: " + stale.body());
        burst.get(burst.size() - 1).loginOrFail(Admin.EMAIL, Admin.PASSWORD);
        assertEquals(200, member.get("/account").statusCode(), "a signed-in session is not counted as anonymous");
        assertUnharmed();
    }

    @Test
    void theSavedPageIsBoundedAndLoginStillReturnsToAShortOne() {
        PortalClient shortOne = client();
        HttpResponse<String> asked = shortOne.get("/account?tab=tokens");
        assertEquals(302, asked.statusCode());
        HttpResponse<String> back = shortOne.login(Admin.EMAIL, Admin.PASSWORD);
        assertEquals(303, back.statusCode());
        assertTrue(back.headers().firstValue("Location").orElse("").endsWith("/account?tab=tokens"), back.headers().toString());

        PortalClient longOne = client();
        assertEquals(302, longOne.get("/account?x=" + "a".repeat(4000)).statusCode());
        HttpResponse<String> home = longOne.login(Admin.EMAIL, Admin.PASSWORD);
        assertEquals(303, home.statusCode());
        String location = home.headers().firstValue("Location").orElse("");
        assertFalse(location.contains("aaaa"), location);
        assertTrue(location.endsWith("/"), location);
        assertUnharmed();
    }

    // ---- CSV and embedded JSON ----

    private static long newGame(String name) {
        long org = Fixtures.organization(Fixtures.unique(name));
        return Fixtures.game(Fixtures.studio(org, name + " studio"), name + " game");
    }

    @Test
    void downloadsNeutraliseFormulasAndPagesEscapeMarkupInTheirJson() {
        long game = newGame("Hostile names");
        String key = Fixtures.text("SELECT game_key FROM game WHERE id = ?", game);
        String owner = Fixtures.user("hostileowner");
        Fixtures.grant(owner, "game", game, "owner");
        PortalClient sdk = client();
        String events = "[{\"key\":\"purchase\",\"count\":1,\"segmentation\":{\"tier\":\"=HYPERLINK(\\\"http://x\\\")\"}},"
                + "{\"key\":\"purchase\",\"count\":1,\"segmentation\":{\"tier\":\"<!--<script>\"}}]";
        for (String query : List.of("begin_session=1", "events=" + URLEncoder.encode(events, StandardCharsets.UTF_8))) {
            HttpResponse<String> r = sdk.get("/i?app_key=" + key + "&device_id=hostile&" + query);
            assertEquals("Success", PortalClient.json(r).getString("result"), r.body());
        }
        PortalClient c = client();
        c.loginOrFail(owner, Fixtures.PASSWORD);

        String csv = c.get("/events/games/" + game + "/csv/segment?period=hour&event=purchase&segment=tier").body();
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("\"'=HYPERLINK(")), csv);
        assertFalse(csv.lines().anyMatch(l -> l.startsWith("\"=")), csv);

        HttpResponse<String> page = c.get("/events/games/" + game + "/events?period=hour&event=purchase&segment=tier");
        assertEquals(200, page.statusCode(), page.body());
        Document d = Jsoup.parse(page.body());
        String json = d.selectFirst("script#value-data").data();
        assertTrue(json.contains("\\u003c!--\\u003cscript\\u003e"), json);
        assertFalse(json.contains("<"), json);
        assertUnharmed();
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    private static <T> T unchecked(Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
