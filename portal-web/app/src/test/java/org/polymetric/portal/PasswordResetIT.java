package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Forgot password" ({@code /password-reset}): the same answer for every address, a mailed link
 * that works once and expires, stored only as a hash, throttled requests, other sessions ended.
 */
@ExtendWith(TestMailServer.class)
class PasswordResetIT extends PortalIT {
    static final String NEW_PASSWORD = "reset-password-number-3";

    @AfterEach
    void forgetRequests() {
        // requests are counted per client address; every test comes from the same one
        Fixtures.execute("DELETE FROM password_reset");
        Fixtures.execute("DELETE FROM login_failure");
    }

    private static HttpResponse<String> ask(PortalClient c, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", c.csrfFrom("/password-reset"));
        form.put("email", email);
        return c.postForm("/password-reset", form);
    }

    private static HttpResponse<String> choose(PortalClient c, String path, String password, String repeat) {
        return choose(c, c.csrfFrom(path), path, password, repeat);
    }

    /** Posts a new password to {@code path} (which need not show a form) with the session's CSRF token. */
    private static HttpResponse<String> choose(PortalClient c, String csrf, String path, String password, String repeat) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        form.put("password", password);
        form.put("repeat", repeat);
        return c.postForm(path, form);
    }

    private static HttpResponse<String> unknownLink(PortalClient c) {
        return choose(c, c.csrfFrom("/password-reset"), "/password-reset/" + "A".repeat(43), NEW_PASSWORD, NEW_PASSWORD);
    }

    private static String mailedPath(String email, int nth) throws Exception {
        List<String> links = TestMailServer.linkPaths(email, "/password-reset/", nth);
        assertEquals(nth, links.size(), "mails to " + email);
        assertNotNull(links.get(nth - 1), "the mail carries the link");
        String text = TestMailServer.to(email).get(nth - 1).getContent().toString();
        assertTrue(text.contains("http://portal.it.test" + links.get(nth - 1)),
                "the link is built on POLYMETRIC_PUBLIC_URL, never on the request's Host: " + text);
        return links.get(nth - 1);
    }

    private static String sentNotice(HttpResponse<String> r) {
        return Jsoup.parse(r.body()).select(".alert.sent").text();
    }

    @Test
    void theLoginPageLeadsThereAndTheAnswerIsTheSameForEveryAddress() {
        PortalClient c = client();
        assertNotNull(c.page("/login").selectFirst("a.forgot[href=/password-reset]"));
        String known = Fixtures.user("known");
        String unknown = Fixtures.unique("nobody").toLowerCase() + "@fixture.test";
        HttpResponse<String> forKnown = ask(c, known);
        HttpResponse<String> forUnknown = ask(c, unknown);
        HttpResponse<String> forNonsense = ask(c, "not an address");
        assertEquals(200, forKnown.statusCode());
        assertEquals(forKnown.statusCode(), forUnknown.statusCode());
        assertEquals(forKnown.statusCode(), forNonsense.statusCode());
        assertTrue(!sentNotice(forKnown).isEmpty());
        assertEquals(sentNotice(forKnown), sentNotice(forUnknown));
        assertEquals(sentNotice(forKnown), sentNotice(forNonsense));
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM password_reset WHERE email = ? AND token_hash IS NOT NULL", known));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM password_reset WHERE email = ? AND token_hash IS NOT NULL", unknown));

        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("email", known);
        assertEquals(403, client().postForm("/password-reset", forged).statusCode(), "the form carries its CSRF token");
    }

    @Test
    void theMailedLinkSetsANewPasswordOnceEndsOtherSessionsAndIsStoredOnlyAsAHash() throws Exception {
        String user = Fixtures.user("forgetful");
        PortalClient signedIn = client();
        signedIn.loginOrFail(user, Fixtures.PASSWORD);
        ask(client(), user);
        String path = mailedPath(user, 1);
        String secret = path.substring("/password-reset/".length());
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM password_reset WHERE token_hash = ?", secret));
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM password_reset WHERE token_hash = SHA2(?, 256)", secret));

        PortalClient c = client();
        Document form = c.page(path);
        assertNotNull(form.selectFirst("form.reset-choose input[name=_csrf]"));
        assertEquals(400, choose(c, path, NEW_PASSWORD, NEW_PASSWORD + "x").statusCode(), "the two differ");
        assertEquals(400, choose(c, path, "short", "short").statusCode(), "the policy holds");
        HttpResponse<String> done = choose(c, path, NEW_PASSWORD, NEW_PASSWORD);
        assertEquals(303, done.statusCode(), done.body());
        assertTrue(done.headers().firstValue("Location").orElse("").endsWith("/login?reset=done"));
        assertEquals(404, client().get(path).statusCode(), "a link works once");
        assertEquals(404, unknownLink(client()).statusCode());

        assertEquals(401, client().login(user, Fixtures.PASSWORD).statusCode(), "the old password is gone");
        client().loginOrFail(user, NEW_PASSWORD);
        HttpResponse<String> old = signedIn.get("/account");
        assertEquals(303, old.statusCode(), "the session opened with the old password ended");
    }

    @Test
    void anExpiredLinkIsGoneAndMalformedLinksAreRefusedFast() throws Exception {
        String user = Fixtures.user("late");
        ask(client(), user);
        String path = mailedPath(user, 1);
        Fixtures.execute("UPDATE password_reset SET expires_at = NOW(3) - INTERVAL 1 MINUTE WHERE email = ?", user);
        assertEquals(404, client().get(path).statusCode());
        assertEquals(404, unknownLink(client()).statusCode());
        long started = System.nanoTime();
        for (String bad : new String[]{"x", "%27%20OR%201%3D1", "A".repeat(2000)}) {
            assertEquals(404, client().get("/password-reset/" + bad).statusCode(), bad);
        }
        assertTrue(System.nanoTime() - started < 3_000_000_000L, "answered fast");
        client().loginOrFail(user, Fixtures.PASSWORD);
    }

    @Test
    void anAddressLongerThanAnyAccountsGetsTheSameAnswerNotAnError() {
        Fixtures.execute("DELETE FROM password_reset"); // the client's hourly count starts afresh
        PortalClient c = client();
        String tooLong = "a".repeat(60) + "@" + "d".repeat(140) + ".example";
        HttpResponse<String> r = ask(c, tooLong);
        assertEquals(200, r.statusCode(), "not a 500 from a column too narrow for it");
        assertEquals(sentNotice(ask(c, Fixtures.unique("someone").toLowerCase() + "@fixture.test")), sentNotice(r));
    }

    @Test
    void requestsAreThrottledPerAddressAskedForAndPerClient() throws Exception {
        String user = Fixtures.user("pestered");
        PortalClient c = client();
        for (int i = 0; i < 5; i++) {
            assertEquals(200, ask(c, user).statusCode());
        }
        assertEquals(3, Fixtures.count("SELECT COUNT(*) FROM password_reset WHERE email = ? AND token_hash IS NOT NULL", user),
                "three links an hour for one address");
        mailedPath(user, 3);

        Fixtures.execute("DELETE FROM password_reset");
        for (int i = 0; i < 10; i++) {
            ask(c, Fixtures.unique("probe").toLowerCase() + "@fixture.test");
        }
        String next = Fixtures.user("next");
        HttpResponse<String> throttled = ask(c, next);
        assertEquals(200, throttled.statusCode(), "the answer does not change");
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM password_reset WHERE email = ?", next), "nothing mailed past the limit");
        assertNotEquals(0, Fixtures.count("SELECT COUNT(*) FROM password_reset"));
    }
}
