package org.polymetric.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialsTest {

    /** A request with the given headers (names case-insensitive, as in servlets) and query string. */
    private static HttpServletRequest request(Map<String, String> headers, String query) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        return (HttpServletRequest) Proxy.newProxyInstance(CredentialsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> byName.get((String) args[0]);
                    case "getQueryString" -> query;
                    case "toString" -> "fake request";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Optional<Credentials> headers(Map<String, String> headers) {
        return Credentials.of(request(headers, null));
    }

    private static Optional<Credentials> authorization(String value) {
        return headers(Map.of("Authorization", value));
    }

    private static Optional<Credentials> query(String query) {
        return Credentials.of(request(Map.of(), query));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<Credentials> token(String secret) {
        return Optional.of(new Credentials.Token(secret));
    }

    @Test
    void bearerAuthorizationCarriesAToken() {
        assertEquals(token("pm_abc"), authorization("Bearer pm_abc"));
    }

    @Test
    void authorizationSchemeIsCaseInsensitiveAndTokenIsAnAlias() {
        assertEquals(token("pm_abc"), authorization("bearer pm_abc"));
        assertEquals(token("pm_abc"), authorization("Token  pm_abc "));
    }

    @Test
    void bareAuthorizationValueIsTheTokenItselfAsSystem73SendsIt() {
        assertEquals(token("pm_bare"), authorization("pm_bare"));
        assertEquals(token("pm_bare"), authorization("  pm_bare  "));
    }

    @Test
    void basicAuthorizationCarriesEmailAndPassword() {
        assertEquals(Optional.of(new Credentials.Basic("admin@example.com", "pa:ss word")),
                authorization("Basic " + base64("admin@example.com:pa:ss word")));
    }

    @Test
    void basicAuthorizationKeepsNonAsciiPasswords() {
        assertEquals(Optional.of(new Credentials.Basic("a@b.c", "pässwörd€")),
                authorization("basic " + base64("a@b.c:pässwörd€")));
    }

    @Test
    void basicAuthorizationThatIsNotBase64IsMalformed() {
        Credentials.Malformed m = assertInstanceOf(Credentials.Malformed.class,
                authorization("Basic !!!not-base64!!!").orElseThrow());
        assertTrue(m.why().contains("Base64"), m.why());
    }

    @Test
    void basicAuthorizationWithoutAColonIsMalformed() {
        Credentials.Malformed m = assertInstanceOf(Credentials.Malformed.class,
                authorization("Basic " + base64("admin@example.com")).orElseThrow());
        assertTrue(m.why().contains("e-mail:password"), m.why());
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Auth-Token", "x-api-key", "countly-token"})
    void tokenHeadersCarryAToken(String header) {
        assertEquals(token("pm_header"), headers(Map.of(header, " pm_header ")));
    }

    @Test
    void authorizationHeaderWinsOverTokenHeaders() {
        assertEquals(token("from-authorization"),
                headers(Map.of("Authorization", "Bearer from-authorization", "x-api-key", "from-api-key")));
    }

    @Test
    void blankAuthorizationHeaderFallsThroughToTokenHeaders() {
        assertEquals(token("from-auth-token"),
                headers(Map.of("Authorization", "  ", "X-Auth-Token", "from-auth-token")));
    }

    @Test
    void blankTokenHeaderIsSkipped() {
        assertEquals(token("second"), headers(Map.of("X-Auth-Token", " ", "x-api-key", "second")));
    }

    @Test
    void headerWinsOverQueryParameter() {
        assertEquals(token("header"), Credentials.of(request(Map.of("countly-token", "header"), "api_key=query")));
    }

    @Test
    void apiKeyQueryParameterCarriesAToken() {
        assertEquals(token("pm_q"), query("app_key=abc&api_key=pm_q&x=1"));
    }

    @Test
    void authTokenQueryParameterCarriesAToken() {
        assertEquals(token("pm_t"), query("auth_token=pm_t"));
    }

    @Test
    void queryParameterNamesAndValuesAreUrlDecoded() {
        assertEquals(token("a+b/c d"), query("api_key=a%2Bb%2Fc+d"));
        assertEquals(token("pm_enc"), query("auth%5Ftoken=pm_enc"));
    }

    @Test
    void emptyTokenParameterIsSkippedForTheNextOne() {
        assertEquals(token("second"), query("api_key=&auth_token=second"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "app_key=abc", "api_key=", "api_key", "=api_key", "api_keys=x", "device_id=1&timestamp=2"})
    void queryWithoutATokenParameterGivesNoCredentials(String q) {
        assertEquals(Optional.empty(), query(q));
    }

    @Test
    void requestWithNothingGivesNoCredentials() {
        assertEquals(Optional.empty(), Credentials.of(request(Map.of(), null)));
    }

    @Test
    void brokenPercentEscapesInTheQueryAreSkippedNotFatal() {
        assertEquals(Optional.empty(), query("q%=1&api_key=ab%zz"));
        assertEquals(token("good"), query("x=%E0%A4%A&api_key=good"));
    }
}
