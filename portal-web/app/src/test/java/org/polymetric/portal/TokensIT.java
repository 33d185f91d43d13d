package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.jsoup.nodes.Document;

/** API tokens: created with a password or a session (never a token), shown once, every dialect's header, revoked. */
class TokensIT extends PortalIT {

    /** An organization whose primary owner is a fresh user; returns [email, organization id]. */
    private String[] owner() {
        String email = Fixtures.user("owner");
        long org = Fixtures.organization(Fixtures.unique("org"));
        Fixtures.grant(email, "organization", org, "primary_owner");
        return new String[]{email, Long.toString(org)};
    }

    private HttpResponse<String> create(PortalClient c, String auth, String body) {
        return c.postJson("/api/tokens", body, "Authorization", auth);
    }

    @Test
    void createWithBasicAuthShowsTheSecretOnce() throws Exception {
        String[] o = owner();
        PortalClient c = client();
        HttpResponse<String> r = create(c, PortalClient.basic(o[0], Fixtures.PASSWORD),
                "{\"name\":\"ci\",\"scope\":{\"organization_id\":" + o[1] + "},\"level\":\"viewer\"}");
        assertEquals(201, r.statusCode(), r.body());
        JsonObject token = PortalClient.json(r);
        assertEquals("ci", token.getString("name"));
        assertEquals("viewer", token.getString("level"));
        assertEquals(Long.parseLong(o[1]), token.getJsonObject("scope").getJsonNumber("organization_id").longValue());
        String secret = token.getString("token");
        assertTrue(secret.startsWith("pm_") && secret.length() > 40);
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM api_token WHERE token_hash = ? OR name = ?", secret, secret),
                "the secret itself is not stored");

        HttpResponse<String> list = c.get("/api/tokens", "Authorization", "Bearer " + secret);
        assertEquals(200, list.statusCode());
        assertFalse(list.body().contains(secret), "never shown again");
        assertTrue(list.body().contains("\"name\":\"ci\""));
    }

    @Test
    void everyDialectsHeaderSpellingIsAccepted() throws Exception {
        String secret = issue("viewer");
        PortalClient c = client();
        String[][] spellings = {
                {"Authorization", "Bearer " + secret},
                {"Authorization", secret},
                {"X-Auth-Token", secret},
                {"x-api-key", secret},
                {"countly-token", secret},
        };
        for (String[] h : spellings) {
            assertEquals(200, c.get("/api/tokens", h[0], h[1]).statusCode(), h[0]);
        }
        assertEquals(200, c.get("/api/tokens?api_key=" + secret).statusCode(), "api_key");
        assertEquals(200, c.get("/api/tokens?auth_token=" + secret).statusCode(), "auth_token");
    }

    @Test
    void unknownTokensAreRefusedInEverySpelling() throws Exception {
        PortalClient c = client();
        for (String[] h : new String[][]{{"Authorization", "Bearer pm_nope"}, {"Authorization", "pm_nope"},
                {"X-Auth-Token", "pm_nope"}, {"x-api-key", "pm_nope"}, {"countly-token", "pm_nope"}}) {
            HttpResponse<String> r = c.get("/api/tokens", h[0], h[1]);
            assertEquals(401, r.statusCode(), h[0]);
            assertTrue(r.body().contains("\"error\""));
        }
        assertEquals(401, c.get("/api/tokens?api_key=pm_nope").statusCode());
        assertEquals(401, c.get("/api/tokens").statusCode(), "anonymous");
    }

    @Test
    void revokedTokensStopWorkingAtOnce() throws Exception {
        String[] o = owner();
        PortalClient c = client();
        JsonObject token = PortalClient.json(create(c, PortalClient.basic(o[0], Fixtures.PASSWORD),
                "{\"name\":\"temp\",\"scope\":{\"organization_id\":" + o[1] + "},\"level\":\"admin\"}"));
        String secret = token.getString("token");
        assertEquals(200, c.get("/api/tokens", "x-api-key", secret).statusCode());
        HttpResponse<String> revoke = c.delete("/api/tokens/" + token.getJsonNumber("id").longValue(),
                "Authorization", PortalClient.basic(o[0], Fixtures.PASSWORD));
        assertEquals(204, revoke.statusCode());
        assertEquals(401, c.get("/api/tokens", "x-api-key", secret).statusCode());
        assertEquals(404, c.delete("/api/tokens/" + token.getJsonNumber("id").longValue(),
                "Authorization", PortalClient.basic(o[0], Fixtures.PASSWORD)).statusCode(), "already revoked");
    }

    @Test
    void nobodyRevokesAnotherUsersToken() throws Exception {
        String[] o = owner();
        PortalClient c = client();
        JsonObject token = PortalClient.json(create(c, PortalClient.basic(o[0], Fixtures.PASSWORD),
                "{\"name\":\"mine\",\"scope\":{\"organization_id\":" + o[1] + "},\"level\":\"viewer\"}"));
        String other = owner()[0];
        assertEquals(404, c.delete("/api/tokens/" + token.getJsonNumber("id").longValue(),
                "Authorization", PortalClient.basic(other, Fixtures.PASSWORD)).statusCode());
        assertEquals(200, c.get("/api/tokens", "x-api-key", token.getString("token")).statusCode());
    }

    @Test
    void aTokenCannotCreateTokens() throws Exception {
        String[] o = owner();
        String secret = PortalClient.json(create(client(), PortalClient.basic(o[0], Fixtures.PASSWORD),
                "{\"name\":\"a\",\"scope\":{\"organization_id\":" + o[1] + "},\"level\":\"owner\"}")).getString("token");
        HttpResponse<String> r = create(client(), "Bearer " + secret,
                "{\"name\":\"b\",\"scope\":{\"organization_id\":" + o[1] + "},\"level\":\"viewer\"}");
        assertEquals(403, r.statusCode());
    }

    @Test
    void aTokensLevelNeverExceedsItsOwners() throws Exception {
        String email = Fixtures.user("viewer");
        long org = Fixtures.organization(Fixtures.unique("org"));
        Fixtures.grant(email, "organization", org, "viewer");
        PortalClient c = client();
        String auth = PortalClient.basic(email, Fixtures.PASSWORD);
        assertEquals(201, create(c, auth, "{\"name\":\"v\",\"scope\":{\"organization_id\":" + org + "},\"level\":\"viewer\"}").statusCode());
        assertEquals(403, create(c, auth, "{\"name\":\"a\",\"scope\":{\"organization_id\":" + org + "},\"level\":\"admin\"}").statusCode());
        assertEquals(403, create(c, auth, "{\"name\":\"o\",\"scope\":{\"organization_id\":" + org + "},\"level\":\"owner\"}").statusCode());
    }

    @Test
    void badRequestsAreRefusedWithAJsonErrorAndChangeNothing() throws Exception {
        String[] o = owner();
        PortalClient c = client();
        String auth = PortalClient.basic(o[0], Fixtures.PASSWORD);
        long before = Fixtures.count("SELECT COUNT(*) FROM api_token");
        String[] bodies = {
                "{not json",
                "[]",
                "{}",
                "{\"name\":\"\",\"scope\":{\"organization_id\":" + o[1] + "},\"level\":\"viewer\"}",
                "{\"name\":\"x\",\"scope\":{\"organization_id\":" + o[1] + "},\"level\":\"god\"}",
                "{\"name\":\"x\",\"scope\":{\"organization_id\":" + o[1] + "},\"level\":\"primary_owner\"}",
                "{\"name\":\"x\",\"scope\":{\"planet_id\":1},\"level\":\"viewer\"}",
                "{\"name\":\"x\",\"scope\":{\"organization_id\":\"1\"},\"level\":\"viewer\"}",
                "{\"name\":\"x\",\"scope\":{\"organization_id\":1,\"game_id\":2},\"level\":\"viewer\"}",
                "{\"name\":\"" + "n".repeat(101) + "\",\"scope\":{\"organization_id\":" + o[1] + "},\"level\":\"viewer\"}",
        };
        for (String body : bodies) {
            HttpResponse<String> r = create(c, auth, body);
            assertEquals(400, r.statusCode(), body + " -> " + r.body());
            assertTrue(PortalClient.json(r).containsKey("error"), r.body());
        }
        assertEquals(before, Fixtures.count("SELECT COUNT(*) FROM api_token"));
    }

    @Test
    void aSessionCreatesTokensOnlyWithTheCsrfHeader() throws Exception {
        String[] o = owner();
        PortalClient c = client();
        c.loginOrFail(o[0], Fixtures.PASSWORD);
        String body = "{\"name\":\"s\",\"scope\":{\"organization_id\":" + o[1] + "},\"level\":\"viewer\"}";
        assertEquals(403, c.postJson("/api/tokens", body).statusCode());
        String csrf = c.csrfFrom("/account");
        assertEquals(201, c.postJson("/api/tokens", body, "X-CSRF-Token", csrf).statusCode());
    }

    @Test
    void theAccountPageCreatesShowsOnceListsAndRevokes() throws Exception {
        String[] o = owner();
        PortalClient c = client();
        c.loginOrFail(o[0], Fixtures.PASSWORD);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", c.csrfFrom("/account"));
        form.put("name", "from-page");
        form.put("scope", "organization:" + o[1]);
        form.put("level", "admin");
        HttpResponse<String> created = c.postForm("/account/tokens", form);
        assertEquals(201, created.statusCode(), created.body());
        String secret = org.jsoup.Jsoup.parse(created.body()).selectFirst("code.secret").text();
        assertTrue(secret.startsWith("pm_"));
        assertEquals(200, c.get("/api/tokens", "Authorization", "Bearer " + secret).statusCode());

        Document page = c.page("/account");
        assertFalse(page.html().contains(secret), "shown once");
        assertTrue(page.select("table.tokens td").eachText().contains("from-page"));

        String revokeAction = page.selectFirst("table.tokens form").attr("action");
        form.clear();
        form.put("_csrf", page.selectFirst("input[name=_csrf]").attr("value"));
        assertEquals(303, c.postForm(revokeAction, form).statusCode());
        assertEquals(401, c.get("/api/tokens", "Authorization", "Bearer " + secret).statusCode());
        form.remove("_csrf");
        assertEquals(403, c.postForm(revokeAction, form).statusCode(), "revoking needs the CSRF token");
    }

    private String issue(String level) throws Exception {
        String[] o = owner();
        return PortalClient.json(create(client(), PortalClient.basic(o[0], Fixtures.PASSWORD),
                "{\"name\":\"t\",\"scope\":{\"organization_id\":" + o[1] + "},\"level\":\"" + level + "\"}")).getString("token");
    }

    @Test
    void eachTokenIsRateLimitedPerMinute() throws Exception {
        String limited = issue("viewer");
        String other = issue("viewer");
        PortalClient c = client();
        int limit = 120; // -Dpolymetric.api.rate.limit in the failsafe configuration
        int ok = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < limit + 1; i++) {
            last = c.get("/api/tokens", "x-api-key", limited);
            if (last.statusCode() == 200) {
                ok++;
            } else {
                break;
            }
        }
        // a minute boundary may reset the window once during the loop: fewer calls then pass in
        // the first window, or all of them (the second window started before the limit was hit)
        assertTrue(ok >= limit / 2, "calls allowed before the limit: " + ok);
        if (last.statusCode() == 200) {
            for (int i = 0; i <= limit && last.statusCode() == 200; i++) {
                last = c.get("/api/tokens", "x-api-key", limited);
            }
        }
        assertEquals(429, last.statusCode());
        int retry = Integer.parseInt(last.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
        assertTrue(PortalClient.json(last).containsKey("error"));
        assertEquals(200, c.get("/api/tokens", "x-api-key", other).statusCode(), "another token has its own budget");
    }
}
