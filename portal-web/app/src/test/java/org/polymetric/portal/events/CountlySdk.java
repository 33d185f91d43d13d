package org.polymetric.portal.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sends write requests the way Countly SDKs do: GET query strings, form posts (with and without
 * a content type), multipart posts, and the other verbs a browser or a stray script may use. No
 * cookies, no credentials: SDK traffic is anonymous.
 */
final class CountlySdk {
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    CountlySdk(URI base) {
        this.base = base;
    }

    /** Request parameters in the order given, as name, value pairs. */
    static Map<String, String> params(String... nameValue) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValue.length; i += 2) {
            out.put(nameValue[i], nameValue[i + 1]);
        }
        return out;
    }

    /** The parameters URL-encoded as a query string or form body. */
    static String encode(Map<String, String> params) {
        return params.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    HttpResponse<String> get(String path, Map<String, String> params) {
        return getRaw(path, encode(params));
    }

    /** A GET with the query string exactly as given (a signed one must reach the server unchanged). */
    HttpResponse<String> getRaw(String path, String query) {
        return send(HttpRequest.newBuilder(uri(path, query)).GET());
    }

    /** A form post as the web SDK sends it. */
    HttpResponse<String> postForm(String path, Map<String, String> params) {
        return postRaw(path, null, "application/x-www-form-urlencoded; charset=UTF-8", encode(params));
    }

    /**
     * A POST with {@code body} as given, after {@code query} (may be null), with this content
     * type (null: none at all, as some SDKs send it).
     */
    HttpResponse<String> postRaw(String path, String query, String contentType, String body) {
        return postBytes(path, query, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postMultipart(String path, Map<String, String> params) {
        String boundary = "----CountlySdkBoundary7MA4YWxkTrZu0gW";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        params.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return postBytes(path, null, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** Any verb without a body (OPTIONS, PUT, DELETE...), with extra headers as name, value pairs. */
    HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path, null)).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b);
    }

    private HttpResponse<String> postBytes(String path, String query, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path, query)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b);
    }

    private URI uri(String path, String query) {
        String relative = (path.startsWith("/") ? path.substring(1) : path) + (query == null || query.isEmpty() ? "" : "?" + query);
        return base.resolve(relative);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Countly's checksum: uppercase hex digest of what was signed followed by the app's salt. */
    static String checksum(String algorithm, String signed, String salt) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance(algorithm)
                    .digest((signed + salt).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
