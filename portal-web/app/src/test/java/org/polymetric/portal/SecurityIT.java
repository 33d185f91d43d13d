package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.security.LoginThrottle;

/**
 * Client address, transport and account hardening, through the real server. The ITs trust
 * 127.0.0.1 as a proxy ({@code POLYMETRIC_TRUSTED_PROXIES} in the pom): a client on 127.0.0.1
 * plays the proxy, whose forwarding headers count; the injected URL's network address plays a
 * client reaching the portal directly, whose forwarding headers are ignored.
 */
class SecurityIT extends PortalIT {

    @AfterEach
    void forgetFailures() {
        Fixtures.execute("DELETE FROM login_failure");
    }

    /** The same server, reached through 127.0.0.1: requests come from the trusted proxy. */
    private PortalClient viaProxy() {
        return new PortalClient(URI.create("http://127.0.0.1:" + base.getPort() + "/"));
    }

    private static HttpResponse<String> login(PortalClient c, String email, String password, String... headers) {
        String csrf = Jsoup.parse(c.get("/login", headers).body()).selectFirst("input[name=_csrf]").attr("value");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        form.put("email", email);
        form.put("password", password);
        return c.postForm("/login", form, headers);
    }

    private static Optional<String> sessionCookie(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith("JSESSIONID=")).reduce((a, b) -> b);
    }

    /**
     * Every cookie the answer set, as a browser sends them back: Payara pairs the session id with
     * {@code JSESSIONIDVERSION}, and a request with the id alone may not find its session.
     */
    private static String cookiesOf(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream().map(h -> h.split(";")[0]).collect(Collectors.joining("; "));
    }

    private static boolean isSecure(String cookie) {
        return Stream.of(cookie.split(";")).anyMatch(a -> a.trim().equalsIgnoreCase("Secure"));
    }

    // --- HTTPS: HSTS and the Secure session cookie

    @Test
    void httpsAtATrustedProxyGetsHstsAndASecureSessionCookieAlsoAfterSignIn() throws Exception {
        // a plain client: the JDK's cookie store would not send a Secure cookie over http
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        URI login = URI.create("http://127.0.0.1:" + base.getPort() + "/login");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(login).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertEquals("max-age=31536000", page.headers().firstValue("Strict-Transport-Security").orElse(""));
        String cookie = sessionCookie(page).orElseThrow();
        assertTrue(isSecure(cookie), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=lax"), "the other attributes stay: " + cookie);

        String csrf = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").attr("value");
        String form = "_csrf=" + csrf + "&email=" + Admin.EMAIL.replace("@", "%40") + "&password=" + Admin.PASSWORD;
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(login).header("X-Forwarded-Proto", "https")
                .header("Cookie", cookiesOf(page)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, signedIn.statusCode());
        String renewed = sessionCookie(signedIn).orElseThrow(() -> new AssertionError("a new session id at sign-in"));
        assertTrue(isSecure(renewed), "the id given at sign-in is Secure too: " + renewed);
    }

    @Test
    void rfc7239ForwardedFromATrustedProxySaysHttpsToo() {
        HttpResponse<String> r = viaProxy().get("/login", "Forwarded", "for=\"[2001:db8::1]:4711\";proto=https");
        assertEquals("max-age=31536000", r.headers().firstValue("Strict-Transport-Security").orElse(""));
        assertTrue(isSecure(sessionCookie(r).orElseThrow()));
    }

    @Test
    void plainHttpGetsNeitherHstsNorASecureCookie() {
        HttpResponse<String> viaProxy = viaProxy().get("/login");
        assertTrue(viaProxy.headers().firstValue("Strict-Transport-Security").isEmpty());
        assertFalse(isSecure(sessionCookie(viaProxy).orElseThrow()));
        HttpResponse<String> proxyHttp = viaProxy().get("/login", "X-Forwarded-Proto", "http");
        assertTrue(proxyHttp.headers().firstValue("Strict-Transport-Security").isEmpty());
        HttpResponse<String> spoofed = client().get("/login", "X-Forwarded-Proto", "https", "Forwarded", "proto=https");
        assertTrue(spoofed.headers().firstValue("Strict-Transport-Security").isEmpty(), "only a trusted proxy may say https");
        assertFalse(isSecure(sessionCookie(spoofed).orElseThrow()));
    }

    // --- client address and login throttling

    @Test
    void aForgedForwardedForFromAnUntrustedClientDoesNotEscapeTheThrottle() {
        String email = Fixtures.user("spoof");
        PortalClient direct = client();
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            assertEquals(401, login(direct, email, "wrong", "X-Forwarded-For", "198.51.100." + i,
                    "Forwarded", "for=198.51.100." + i).statusCode());
        }
        HttpResponse<String> r = login(direct, email, Fixtures.PASSWORD, "X-Forwarded-For", "198.51.100.99");
        assertEquals(429, r.statusCode(), "the forged addresses are ignored: all five failures came from one client");
    }

    @Test
    void hammeringAnAccountFromOneAddressSlowsThatAddressButNotTheOwnerElsewhere() throws Exception {
        String email = Fixtures.user("hammered");
        PortalClient proxy = viaProxy();
        String[] attacker = {"X-Forwarded-For", "203.0.113.5"};
        String[] owner = {"X-Forwarded-For", "198.51.100.7"};
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            assertEquals(401, login(proxy, email, "guess-" + i, attacker).statusCode());
        }
        HttpResponse<String> waiting = login(proxy, email, Fixtures.PASSWORD, attacker);
        assertEquals(429, waiting.statusCode(), "the guessing address waits");
        long formWait = Long.parseLong(waiting.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(Jsoup.parse(waiting.body()).select(".alert.error").text().contains("Try again in " + formWait + " s"),
                "the form says how long: " + waiting.body());
        HttpResponse<String> basic = proxy.get("/api/tokens", "Authorization", PortalClient.basic(email, Fixtures.PASSWORD),
                "X-Forwarded-For", "203.0.113.5");
        assertEquals(429, basic.statusCode(), "HTTP Basic shares the count");
        long first = Long.parseLong(basic.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(first >= 1 && first <= LoginThrottle.FIRST_DELAY.toSeconds(), "first delay: " + first);

        // the owner, elsewhere, is not locked out: form and Basic
        assertEquals(303, login(viaProxy(), email, Fixtures.PASSWORD, owner).statusCode());
        assertEquals(200, proxy.get("/api/tokens", "Authorization", PortalClient.basic(email, Fixtures.PASSWORD),
                "X-Forwarded-For", "198.51.100.7").statusCode());
        // ... nor is the address, whose client comes through the proxy: the proxy itself is not the key
        assertEquals(303, login(viaProxy(), Admin.EMAIL, Admin.PASSWORD).statusCode());

        // the delay ends, and doubles with the next failure
        Thread.sleep(first * 1000 + 300);
        assertEquals(401, login(proxy, email, "guess-again", attacker).statusCode(), "after the delay one may try again");
        HttpResponse<String> slower = proxy.get("/api/tokens", "Authorization", PortalClient.basic(email, Fixtures.PASSWORD),
                "X-Forwarded-For", "203.0.113.5");
        assertEquals(429, slower.statusCode());
        long second = Long.parseLong(slower.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(second > LoginThrottle.FIRST_DELAY.toSeconds() && second <= 2 * LoginThrottle.FIRST_DELAY.toSeconds(),
                "second delay: " + second);
        assertTrue(slower.body().startsWith("{\"error\":"), slower.body());
    }

    // --- disabled accounts

    @Test
    void aDisabledUsersSessionsAndTokensStopAtOnce() {
        String email = Fixtures.user("disabled");
        long organization = Fixtures.organization(Fixtures.unique("Disabled Org"));
        Fixtures.grant(email, "organization", organization, "admin");
        PortalClient pages = client();
        String token = new TokenMaker(pages, email).token("organization", organization, "viewer");
        PortalClient apiSession = client();
        apiSession.loginOrFail(email, Fixtures.PASSWORD);
        assertEquals(200, pages.get("/").statusCode());
        assertEquals(200, pages.get("/api/tokens", "Authorization", "Bearer " + token).statusCode());
        assertEquals(200, apiSession.get("/api/tokens").statusCode());

        Fixtures.execute("UPDATE `user` SET disabled = TRUE WHERE email = ?", email);

        HttpResponse<String> page = pages.get("/");
        assertEquals(302, page.statusCode(), "the session's next page goes to the login page");
        assertTrue(page.headers().firstValue("Location").orElse("").endsWith("/login"));
        assertEquals(401, pages.get("/api/tokens", "Authorization", "Bearer " + token).statusCode(), "the token");
        HttpResponse<String> sessionCall = apiSession.get("/api/tokens");
        assertEquals(401, sessionCall.statusCode(), "an API call riding the session: " + sessionCall.body());
        assertTrue(sessionCall.body().startsWith("{\"error\":"), sessionCall.body());
        assertEquals(302, apiSession.get("/account").statusCode(), "that session has ended");
        assertEquals(401, client().get("/api/tokens", "Authorization", PortalClient.basic(email, Fixtures.PASSWORD)).statusCode());
        assertEquals(401, login(client(), email, Fixtures.PASSWORD).statusCode(), "no new sign-in either");

        Fixtures.execute("UPDATE `user` SET disabled = FALSE WHERE email = ?", email);
        assertEquals(200, pages.get("/api/tokens", "Authorization", "Bearer " + token).statusCode(), "enabled again, the token works");
        List.of(pages, apiSession).forEach(c -> assertEquals(302, c.get("/").statusCode(), "ended sessions stay ended"));
    }
}
