package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The first-run administrator and what portal administrators (and only they) may do. */
class AdminIT extends PortalIT {

    private HttpResponse<String> createOrganization(String auth, String body) throws Exception {
        return client().postJson("/api/admin/organizations", body, "Authorization", auth);
    }

    @Test
    void theFirstRunCreatedTheConfiguredAdministratorAsPrimaryOwnerOfTheFirstOrganization() throws Exception {
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM `user` WHERE email = ? AND portal_admin", Admin.EMAIL));
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM access a JOIN `user` u ON u.id = a.user_id "
                + "JOIN organization o ON o.id = a.organization_id "
                + "WHERE u.email = ? AND a.level = 'primary_owner' AND o.name = 'My organization'", Admin.EMAIL));
        String hash = Fixtures.count("SELECT COUNT(*) FROM `user` WHERE email = ? AND password_hash LIKE '$shiro2$argon2id$%'",
                Admin.EMAIL) == 1 ? "argon2id" : "other";
        assertEquals("argon2id", hash, "passwords are stored as argon2id hashes");
        PortalClient c = client();
        c.loginOrFail(Admin.EMAIL, Admin.PASSWORD);
        assertTrue(c.page("/").select("section.organization h2").eachText().contains("My organization"));
    }

    @Test
    void anAdministratorCreatesAnOrganizationWithANewOwnerWhoCanSignIn() throws Exception {
        String email = Fixtures.unique("founder") + "@example.com";
        String name = Fixtures.unique("Studio Fox");
        HttpResponse<String> r = createOrganization(PortalClient.basic(Admin.EMAIL, Admin.PASSWORD),
                "{\"name\":\"" + name + "\",\"owner\":{\"email\":\"" + email + "\",\"password\":\"founder-pass-1\"}}");
        assertEquals(201, r.statusCode(), r.body());
        JsonObject org = PortalClient.json(r);
        assertEquals(name, org.getString("name"));
        long id = org.getJsonNumber("id").longValue();
        PortalClient owner = client();
        owner.loginOrFail(email, "founder-pass-1");
        assertEquals("primary_owner", PortalClient.json(owner.get("/api/access/organization/" + id)).getString("level"));
        assertEquals(404, owner.get("/api/access/organization/1").statusCode(), "not the first organization");
        assertEquals(403, owner.get("/admin").statusCode(), "an owner is not a portal administrator");
    }

    @Test
    void anExistingUserKeepsTheirPasswordWhenMadeOwner() throws Exception {
        String email = Fixtures.user("existing");
        HttpResponse<String> r = createOrganization(PortalClient.basic(Admin.EMAIL, Admin.PASSWORD),
                "{\"name\":\"Second home\",\"owner\":{\"email\":\"" + email.toUpperCase() + "\",\"password\":\"ignored-password\"}}");
        assertEquals(201, r.statusCode(), r.body());
        client().loginOrFail(email, Fixtures.PASSWORD);
        assertEquals(401, client().login(email, "ignored-password").statusCode());
    }

    @Test
    void onlyPortalAdministratorsCreateOrganizations() throws Exception {
        String email = Fixtures.user("plain");
        long before = Fixtures.count("SELECT COUNT(*) FROM organization");
        String body = "{\"name\":\"Nope\",\"owner\":{\"email\":\"x@example.com\",\"password\":\"long-enough-1\"}}";
        assertEquals(403, createOrganization(PortalClient.basic(email, Fixtures.PASSWORD), body).statusCode());
        assertEquals(401, client().postJson("/api/admin/organizations", body).statusCode());
        assertEquals(before, Fixtures.count("SELECT COUNT(*) FROM organization"));
    }

    @Test
    void badInputIsRefusedAndChangesNothing() throws Exception {
        long orgs = Fixtures.count("SELECT COUNT(*) FROM organization");
        long users = Fixtures.count("SELECT COUNT(*) FROM `user`");
        String auth = PortalClient.basic(Admin.EMAIL, Admin.PASSWORD);
        String[] bodies = {
                "nonsense",
                "{}",
                "{\"name\":\"x\"}",
                "{\"name\":\"\",\"owner\":{\"email\":\"a@b.c\",\"password\":\"long-enough-1\"}}",
                "{\"name\":\"x\",\"owner\":{\"email\":\"not-an-email\",\"password\":\"long-enough-1\"}}",
                "{\"name\":\"x\",\"owner\":{\"email\":\"new-user@b.c\",\"password\":\"short\"}}",
                "{\"name\":\"" + "x".repeat(192) + "\",\"owner\":{\"email\":\"a@b.c\",\"password\":\"long-enough-1\"}}",
        };
        for (String body : bodies) {
            HttpResponse<String> r = createOrganization(auth, body);
            assertEquals(400, r.statusCode(), body + " -> " + r.body());
            assertTrue(PortalClient.json(r).containsKey("error"));
        }
        assertEquals(orgs, Fixtures.count("SELECT COUNT(*) FROM organization"));
        assertEquals(users, Fixtures.count("SELECT COUNT(*) FROM `user`"));
    }

    @Test
    void theAdminPageListsAndCreatesOrganizationsWithTheCsrfToken() throws Exception {
        PortalClient c = client();
        c.loginOrFail(Admin.EMAIL, Admin.PASSWORD);
        assertTrue(c.page("/admin").select("table.organizations td").eachText().contains("My organization"));
        String name = Fixtures.unique("From the page");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("email", Fixtures.unique("pageowner") + "@example.com");
        form.put("password", "page-owner-pass");
        assertEquals(403, c.postForm("/admin/organizations", form).statusCode());
        form.put("_csrf", c.csrfFrom("/admin"));
        HttpResponse<String> r = c.postForm("/admin/organizations", form);
        assertEquals(201, r.statusCode());
        assertTrue(c.page("/admin").select("table.organizations td").eachText().contains(name));
        assertTrue(c.page("/").select("nav a").eachText().contains("Admin"), "administrators see the Admin link");
    }

    private static HttpResponse<String> setAccount(PortalClient admin, String email, String action) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", admin.csrfFrom("/admin"));
        form.put("email", email);
        form.put("action", action);
        return admin.postForm("/admin/accounts", form);
    }

    @Test
    void anAdministratorDisablesAnAccountWhoseSessionsAndTokensStopAtOnceAndEnablesItAgain() {
        String email = Fixtures.user("to-disable");
        long organization = Fixtures.organization(Fixtures.unique("Disable Org"));
        Fixtures.grant(email, "organization", organization, "admin");
        PortalClient person = client();
        String token = new TokenMaker(person, email).token("organization", organization, "viewer");
        assertEquals(200, person.get("/").statusCode());
        PortalClient admin = client();
        admin.loginOrFail(Admin.EMAIL, Admin.PASSWORD);

        HttpResponse<String> disabled = setAccount(admin, email.toUpperCase(), "disable");
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertTrue(Jsoup.parse(disabled.body()).select(".alert.success").text().contains(email), disabled.body());
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM `user` WHERE email = ? AND disabled", email));
        assertEquals(302, person.get("/").statusCode(), "the open session ends at its next request");
        assertEquals(401, client().get("/api/tokens", "Authorization", "Bearer " + token).statusCode(), "the token stops");
        assertEquals(401, client().login(email, Fixtures.PASSWORD).statusCode(), "no sign-in");

        assertEquals(200, setAccount(admin, email, "enable").statusCode());
        assertEquals(200, client().get("/api/tokens", "Authorization", "Bearer " + token).statusCode(), "the token is kept");
        client().loginOrFail(email, Fixtures.PASSWORD);
    }

    @Test
    void onlyAdministratorsDisableAccountsAndNeverTheirOwnOrAnUnknownOne() {
        String email = Fixtures.user("not-admin");
        String other = Fixtures.user("bystander");
        PortalClient plain = client();
        plain.loginOrFail(email, Fixtures.PASSWORD);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", plain.csrfFrom("/account"));
        form.put("email", other);
        form.put("action", "disable");
        assertEquals(403, plain.postForm("/admin/accounts", form).statusCode());

        PortalClient admin = client();
        admin.loginOrFail(Admin.EMAIL, Admin.PASSWORD);
        assertEquals(400, setAccount(admin, Admin.EMAIL, "disable").statusCode(), "not one's own account");
        assertEquals(404, setAccount(admin, "nobody-" + Fixtures.unique("x") + "@example.com", "disable").statusCode());
        assertEquals(400, setAccount(admin, other, "delete").statusCode());
        Map<String, String> noToken = new LinkedHashMap<>(Map.of("email", other, "action", "disable"));
        assertEquals(403, admin.postForm("/admin/accounts", noToken).statusCode(), "the form needs its CSRF token");
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM `user` WHERE disabled AND email IN (?, ?)", Admin.EMAIL, other));
    }
}
