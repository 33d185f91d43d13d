package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.security.AnonymousSessions;
import org.polymetric.kernel.security.LoginThrottle;

/** Signing in and out: the form, sessions, CSRF, throttling, coming back to the page asked for. */
class LoginIT extends PortalIT {

    @AfterEach
    void forgetFailures() {
        // failures are counted per client address too; do not let one test throttle the next
        Fixtures.execute("DELETE FROM login_failure");
    }

    @Test
    void anonymousPageRequestsGoToTheLoginPage() throws Exception {
        HttpResponse<String> r = client().get("/account");
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/login"));
    }

    @Test
    void theLoginPageIsAThemedFormWithACsrfToken() throws Exception {
        PortalClient c = client();
        HttpResponse<String> r = c.get("/login");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("name=\"_csrf\""), r.body());
        assertTrue(r.body().contains("/static/theme/default/style.css"));
        assertNotNull(c.sessionId());
    }

    @Test
    void aBurstOfLoginFormsFromOneAddressAllGetAFormWithAToken() {
        // far more concurrent first visits than an address may keep anonymous sessions: the cap
        // must not end a session whose login form is still being written
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + base.getPort() + "/login"))
                .header("X-Forwarded-For", "198.51.100.201").build();
        List<CompletableFuture<HttpResponse<String>>> burst = IntStream.range(0, 4 * AnonymousSessions.PER_ADDRESS)
                .mapToObj(i -> http.sendAsync(login, HttpResponse.BodyHandlers.ofString())).toList();
        for (CompletableFuture<HttpResponse<String>> answer : burst) {
            HttpResponse<String> r = answer.join();
            assertEquals(200, r.statusCode(), r.body());
            assertFalse(Jsoup.parse(r.body()).selectFirst("input[name=_csrf]").attr("value").isEmpty());
        }
        assertEquals(200, client().get("/login").statusCode());
    }

    @Test
    void signingInChangesTheSessionIdAndReturnsToTheRequestedPage() throws Exception {
        PortalClient c = client();
        c.get("/account");
        String csrf = c.csrfFrom("/login");
        String before = c.sessionId();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        form.put("email", Admin.EMAIL);
        form.put("password", Admin.PASSWORD);
        HttpResponse<String> r = c.postForm("/login", form);
        assertEquals(303, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/account"), r.headers().toString());
        assertNotEquals(before, c.sessionId(), "session fixation: the id must change at sign-in");
        assertEquals(200, c.get("/account").statusCode());
    }

    @Test
    void sessionCookieIsHttpOnlySameSiteLaxAndNeverInTheUrl() throws Exception {
        PortalClient c = client();
        HttpResponse<String> r = c.get("/login");
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        HttpResponse<String> redirect = client().get("/account");
        assertTrue(!redirect.headers().firstValue("Location").orElse("").contains("jsessionid"));
    }

    @Test
    void aWrongPasswordIsRefusedWithTheFormAgain() throws Exception {
        HttpResponse<String> r = client().login(Admin.EMAIL, "not-the-password");
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("Wrong e-mail address or password"));
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsForbidden() throws Exception {
        PortalClient c = client();
        c.get("/login");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("email", Admin.EMAIL);
        form.put("password", Admin.PASSWORD);
        assertEquals(403, c.postForm("/login", form).statusCode());
        form.put("_csrf", "forged");
        assertEquals(403, c.postForm("/login", form).statusCode());
    }

    @Test
    void logoutNeedsPostAndTheCsrfTokenThenEndsTheSession() throws Exception {
        PortalClient c = client();
        c.loginOrFail(Admin.EMAIL, Admin.PASSWORD);
        assertEquals(403, c.postForm("/logout", Map.of()).statusCode(), "without the token");
        assertEquals(200, c.get("/").statusCode(), "still signed in");
        String csrf = c.csrfFrom("/");
        HttpResponse<String> r = c.postForm("/logout", Map.of("_csrf", csrf));
        assertEquals(303, r.statusCode());
        assertEquals(302, c.get("/").statusCode(), "signed out");
    }

    @Test
    void repeatedFailuresForOneAccountAreThrottled() throws Exception {
        String email = Fixtures.user("throttled");
        PortalClient c = client();
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            assertEquals(401, c.login(email, "wrong-" + i).statusCode());
        }
        HttpResponse<String> blocked = c.login(email, Fixtures.PASSWORD);
        assertEquals(429, blocked.statusCode(), "even the right password waits");
        assertTrue(blocked.body().contains("Too many failed sign-ins"));
        assertEquals(303, client().login(Admin.EMAIL, Admin.PASSWORD).statusCode(), "other accounts still sign in");
    }

    @Test
    void repeatedFailuresFromOneAddressAreThrottledAcrossAccounts() throws Exception {
        PortalClient c = client();
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            c.login(Fixtures.unique("nobody") + "@fixture.test", "wrong");
        }
        assertEquals(429, c.login(Admin.EMAIL, Admin.PASSWORD).statusCode());
    }

    @Test
    void basicAuthFailuresCountTowardsTheThrottleToo() throws Exception {
        String email = Fixtures.user("basic");
        PortalClient c = client();
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            assertEquals(401, c.get("/api/tokens", "Authorization", PortalClient.basic(email, "wrong")).statusCode());
        }
        HttpResponse<String> r = c.get("/api/tokens", "Authorization", PortalClient.basic(email, Fixtures.PASSWORD));
        assertEquals(429, r.statusCode());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    }

}
