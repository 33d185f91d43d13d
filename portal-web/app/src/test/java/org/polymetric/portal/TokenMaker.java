package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/**
 * A user signed in once (one password check), making and revoking API tokens through the
 * session and its CSRF token, as the account page does.
 */
public final class TokenMaker {
    private final PortalClient session;
    private final String csrf;

    public TokenMaker(PortalClient fresh, String email) {
        fresh.loginOrFail(email, Fixtures.PASSWORD);
        this.session = fresh;
        this.csrf = fresh.csrfFrom("/account");
    }

    /** The token of a new person (e-mail starting with {@code prefix}) granted {@code level} on the resource, at that level. */
    public static String ofNewUser(PortalClient c, String prefix, String resource, long id, String level) {
        String email = Fixtures.user(prefix);
        Fixtures.grant(email, resource, id, level);
        return new TokenMaker(new PortalClient(c.uri("/")), email).token(resource, id, level);
    }

    public JsonObject issue(String resource, long id, String level) {
        HttpResponse<String> r = session.postJson("/api/tokens", "{\"name\":\"test-token\",\"scope\":{\"" + resource
                + "_id\":" + id + "},\"level\":\"" + level + "\"}", "X-CSRF-Token", csrf);
        assertEquals(201, r.statusCode(), "token on " + resource + " " + id + ": " + r.body());
        return PortalClient.json(r);
    }

    public String token(String resource, long id, String level) {
        return issue(resource, id, level).getString("token");
    }

    public void revoke(JsonObject token) {
        HttpResponse<String> r = session.delete("/api/tokens/" + token.getJsonNumber("id").longValue(), "X-CSRF-Token", csrf);
        assertEquals(204, r.statusCode(), r.body());
    }
}
