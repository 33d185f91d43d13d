package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
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
}
