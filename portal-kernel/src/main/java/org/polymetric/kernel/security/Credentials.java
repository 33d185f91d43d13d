package org.polymetric.kernel.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The credentials an API request carries, in any dialect's spelling: {@code Authorization: Bearer},
 * {@code Authorization: <key>} (System73), {@code Authorization: Basic} (e-mail and password),
 * {@code X-Auth-Token} (Peer5), {@code x-api-key} (GameAnalytics), {@code countly-token}, and the
 * Countly read parameters {@code api_key} / {@code auth_token} in the query string.
 */
public sealed interface Credentials {
    List<String> TOKEN_HEADERS = List.of("X-Auth-Token", "x-api-key", "countly-token");
    List<String> TOKEN_PARAMETERS = List.of("api_key", "auth_token");

    /** An API token secret. */
    record Token(String secret) implements Credentials {
    }

    /** E-mail and password from HTTP Basic. */
    record Basic(String email, String password) implements Credentials {
    }

    /** A Basic header that cannot be decoded. */
    record Malformed(String why) implements Credentials {
    }

    static Optional<Credentials> of(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            return Optional.of(fromAuthorization(authorization.trim()));
        }
        for (String header : TOKEN_HEADERS) {
            String value = request.getHeader(header);
            if (value != null && !value.isBlank()) {
                return Optional.of(new Token(value.trim()));
            }
        }
        // query string only: reading a form body here would consume it before the resource
        return queryParameter(request.getQueryString()).map(Token::new);
    }

    private static Credentials fromAuthorization(String value) {
        int space = value.indexOf(' ');
        String scheme = space < 0 ? "" : value.substring(0, space);
        String rest = space < 0 ? value : value.substring(space + 1).trim();
        if (scheme.equalsIgnoreCase("Bearer") || scheme.equalsIgnoreCase("Token")) {
            return new Token(rest);
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            try {
                String decoded = new String(Base64.getDecoder().decode(rest), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon < 0) {
                    return new Malformed("HTTP Basic credentials must be e-mail:password");
                }
                return new Basic(decoded.substring(0, colon), decoded.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                return new Malformed("HTTP Basic credentials are not valid Base64");
            }
        }
        // System73 sends the bare key as the whole header
        return new Token(value);
    }

    /** Decodes one query component; null when its percent-escapes are broken (the pair is skipped). */
    static String decode(String component) {
        try {
            return URLDecoder.decode(component, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Optional<String> queryParameter(String query) {
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = decode(pair.substring(0, eq));
            if (name != null && TOKEN_PARAMETERS.contains(name)) {
                String value = decode(pair.substring(eq + 1));
                if (value != null && !value.isBlank()) {
                    return Optional.of(value.trim());
                }
            }
        }
        return Optional.empty();
    }
}
