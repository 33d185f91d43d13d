package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.security.LoginThrottle;

/**
 * {@code /account/password}: changing the password (current one, new one twice, CSRF), the new
 * session id, the end of the user's other sessions, and the "must change" of a generated
 * first-run password, which holds back every page but not API calls.
 */
class AccountIT extends PortalIT {
    static final String NEW_PASSWORD = "a-brand-new-password-2";

    @AfterEach
    void forgetFailures() {
        Fixtures.execute("DELETE FROM login_failure");
    }

    private static HttpResponse<String> change(PortalClient c, String current, String password, String repeat) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", c.csrfFrom("/account/password"));
        form.put("current", current);
        form.put("password", password);
        form.put("repeat", repeat);
        return c.postForm("/account/password", form);
    }

    /** The status of an API call with Basic credentials: 401 only when they are wrong. */
    private int basic(String email, String password) {
        return client().get("/api/access/organization/1", "Authorization", PortalClient.basic(email, password)).statusCode();
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneTheNewOneTwiceAndTheFormsToken() {
        String user = Fixtures.user("change");
        PortalClient c = client();
        c.loginOrFail(user, Fixtures.PASSWORD);
        PortalClient elsewhere = client();
        elsewhere.loginOrFail(user, Fixtures.PASSWORD);
        assertNotNull(c.page("/account").selectFirst("a.change-password"), "the account page leads to the form");

        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("current", Fixtures.PASSWORD);
        forged.put("password", NEW_PASSWORD);
        forged.put("repeat", NEW_PASSWORD);
        assertEquals(403, c.postForm("/account/password", forged).statusCode(), "no CSRF token");
        assertEquals(400, change(c, "not-the-password", NEW_PASSWORD, NEW_PASSWORD).statusCode(), "wrong current password");
        assertEquals(400, change(c, Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x").statusCode(), "the two differ");
        assertEquals(400, change(c, Fixtures.PASSWORD, "short", "short").statusCode(), "the policy holds");
        assertEquals(400, change(c, Fixtures.PASSWORD, Fixtures.PASSWORD, Fixtures.PASSWORD).statusCode(), "the same one again");
        assertEquals(200, elsewhere.get("/account").statusCode());
        assertNotEquals(401, basic(user, Fixtures.PASSWORD), "nothing changed so far");

        String before = c.sessionId();
        HttpResponse<String> changed = change(c, Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertEquals(303, changed.statusCode(), changed.body());
        assertNotEquals(before, c.sessionId(), "a new session id after the change");
        assertNotNull(c.page(location(changed)).selectFirst(".password-changed"));
        assertEquals(200, c.get("/account").statusCode(), "this session goes on");
        HttpResponse<String> other = elsewhere.get("/account");
        assertEquals(303, other.statusCode(), "the other session ended");
        assertTrue(location(other).endsWith("/login"));
        assertEquals(302, elsewhere.get("/account").statusCode(), "and stays signed out");
        assertEquals(401, basic(user, Fixtures.PASSWORD));
        assertNotEquals(401, basic(user, NEW_PASSWORD));
    }

    @Test
    void aPasswordMarkedMustChangeHoldsBackEveryPageButNotTheApi() {
        String user = Fixtures.user("mustchange");
        Fixtures.execute("UPDATE `user` SET must_change_password = TRUE WHERE email = ?", user);
        PortalClient c = client();
        HttpResponse<String> login = c.login(user, Fixtures.PASSWORD);
        assertEquals(303, login.statusCode());
        assertTrue(location(login).endsWith("/account/password"), location(login));
        for (String page : new String[]{"/", "/account", "/organizations", "/organizations/users"}) {
            HttpResponse<String> r = c.get(page);
            assertEquals(303, r.statusCode(), page);
            assertTrue(location(r).endsWith("/account/password"), page + " -> " + location(r));
        }
        assertNotNull(c.page("/account/password").selectFirst(".must-change"));
        assertEquals(404, basic(user, Fixtures.PASSWORD), "API calls with their own credentials are not held back");

        assertEquals(303, change(c, Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD).statusCode());
        assertEquals(200, c.get("/").statusCode(), "free to go once changed");
        assertEquals(0, Fixtures.count("SELECT must_change_password FROM `user` WHERE email = ?", user));
    }

    @Test
    void aConfiguredAdministratorPasswordNeedNotBeChanged() {
        PortalClient c = client();
        HttpResponse<String> login = c.login(Admin.EMAIL, Admin.PASSWORD);
        assertEquals(303, login.statusCode());
        assertFalse(location(login).endsWith("/account/password"), location(login));
        assertEquals(200, c.get("/").statusCode());
    }

    @Test
    void guessingTheCurrentPasswordOnTheFormIsThrottledLikeASignIn() {
        String email = Fixtures.user("guessed");
        PortalClient c = client();
        c.loginOrFail(email, Fixtures.PASSWORD);
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            assertEquals(400, change(c, "guess-" + i, NEW_PASSWORD, NEW_PASSWORD).statusCode());
        }
        HttpResponse<String> waiting = change(c, Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertEquals(429, waiting.statusCode(), "even the right password waits now");
        assertTrue(waiting.headers().firstValue("Retry-After").isPresent());
        assertEquals(429, basic(email, Fixtures.PASSWORD), "the same count as Basic sign-ins from here");
        Fixtures.execute("DELETE FROM login_failure");
        assertNotEquals(401, basic(email, Fixtures.PASSWORD), "the password did not change");
        assertEquals(401, basic(email, NEW_PASSWORD));
    }
}
