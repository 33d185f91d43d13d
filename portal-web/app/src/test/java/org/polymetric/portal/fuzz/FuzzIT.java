package org.polymetric.portal.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.polymetric.launcher.DatabaseTarget;
import org.polymetric.portal.Admin;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;
import org.polymetric.portal.TestDatabase;

/**
 * The fuzz of every API endpoint ({@link Fuzz}) in CI: a fixed seed and a bounded count, against
 * the real WAR, with the partial-write check on the test database. Its own organizations, games
 * and tokens, so it needs no fresh server.
 */
class FuzzIT extends PortalIT {
    private static final long SEED = Long.getLong("polymetric.fuzz.seed", 20);
    private static final int COUNT = Integer.getInteger("polymetric.fuzz.count", 1200);
    private static final long SLOW_MS = 2000;

    @Test
    void noAnswerIsA5xxAStackTraceSlowALeakOrAPartialWrite() throws Exception {
        DatabaseTarget db = TestDatabase.target();
        Fuzz.Report r = Fuzz.run(new Fuzz.Settings(URI.create(base.toString()), Admin.EMAIL, Admin.PASSWORD, SEED, COUNT, SLOW_MS,
                db.url(), db.user(), db.password(), System.out));
        System.out.print(r.table());
        System.out.println("fuzz: requests per mutation " + r.perMutation());

        for (String prefix : Catalogue.PREFIXES) {
            assertTrue(r.catalogue().stream().anyMatch(e -> e.source().equals("openapi") && e.template().startsWith(prefix)),
                    "/openapi lists nothing under " + prefix);
        }
        List<String> untried = r.catalogue().stream().map(Endpoint::key).filter(k -> !r.perEndpoint().containsKey(k)).toList();
        assertEquals(List.of(), untried, "endpoints the fuzz never reached");
        assertEquals(COUNT, r.tried());
        assertTrue(r.snapshotTables() > 20, "the partial-write check reads the organizations' rows of every module");
        assertTrue(r.blocksVerified() >= 5, "blocks of refused requests checked against the database: " + r.blocksVerified());
        assertEquals(List.of(), r.failures(), "failures:\n" + String.join("\n", r.failures()));
    }

    /** What the fuzz found, each as the one request that showed it: a 4xx in the path's dialect now, where each was a 500. */
    @Test
    void whatTheFuzzFoundStaysFixed() {
        Tenant t = new Tenants(URI.create(base.toString()), Admin.EMAIL, Admin.PASSWORD).create("found", 1);
        Wire wire = new Wire(URI.create(base.toString()), 10_000);
        List<String[]> token = List.<String[]>of(new String[] {"Authorization", "Bearer " + t.token()});
        String deep = "[".repeat(10_000) + "]".repeat(10_000);

        // a license hash outside ASCII was compared with the ASCII column: "Illegal mix of collations"
        assertRefused(wire.send(Probe.of("hash", "GET", "/api/counters/data/license/0x%C3%A9/CCU", token, new byte[0])), 404, "\"error\":true");
        assertRefused(wire.send(Probe.of("hash", "GET", "/api/counters/graph/license/%E4%B8%AD/CCU", token, new byte[0])), 404, "\"error\":true");
        Wire.Answer bulk = wire.send(json("/api/counters/bulkdata/license", token, "[{\"id\":\"q\",\"hash\":\"\u00e9\u4e2d\",\"template\":\"CCU\"}]"));
        assertEquals(200, bulk.status(), "a series nobody can read is one without data: " + bulk.body());

        // JSON nested past the parser's limit (1000) was a RuntimeException of Parsson's own
        assertRefused(wire.send(json("/api/organizations/users/invite?organization_id=" + t.organization(), token, "{\"invites\":" + deep + "}")),
                400, "\"detail\"");
        assertRefused(wire.send(json("/api/counters/licenses", token, deep)), 400, "\"error\":true");

        // a body in a charset the JVM does not know
        Probe ebcdic = Probe.of("charset", "POST", "/api/counters/licenses", List.of(token.get(0),
                new String[] {"Content-Type", "application/json; charset=ebcdic"}), ("{\"organization_id\":" + t.organization()
                + ",\"name\":\"x\"}").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertRefused(wire.send(ebcdic), 415, "\"error\":true");

        // a wildcard Content-Type matched the form's @Consumes, and reading its @FormParams failed
        Probe wildcard = Probe.of("wildcard", "POST", "/organizations/studios/" + t.studio() + "/rename", List.of(
                new String[] {"Cookie", t.sessionCookie()}, new String[] {"Content-Type", "*/*"}),
                ("name=renamed&_csrf=" + Shape.enc(t.csrf())).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertRefused(wire.send(wildcard), 415, "<html");
        assertEquals(200, wire.send(Probe.of("after", "GET", "/api/noop", List.of(), new byte[0])).status());
    }

    /**
     * The cross draws name the other organization's ids of the kind each path takes (a license
     * page once named the other game's id, a withdrawn invitation the other owner's user id: both
     * the caller's own license and invitation by chance, answered 200 and 303), and the
     * administrator's endpoints are asked as an organization's owner. Each is refused, and the
     * other organization's invitation stays open.
     */
    @Test
    void crossDrawsNameTheOtherOrganizationsOwnIds() {
        URI at = URI.create(base.toString());
        Tenants maker = new Tenants(at, Admin.EMAIL, Admin.PASSWORD);
        Tenant a = maker.create("cross-a", 1);
        Tenant b = maker.create("cross-b", 1);
        PortalClient admin = new PortalClient(at);
        admin.loginOrFail(Admin.EMAIL, Admin.PASSWORD);
        Requests requests = new Requests(admin.cookieHeader(), admin.csrfFrom("/account"));
        Wire wire = new Wire(at, 10_000);
        Random random = new Random(SEED);

        Shape license = requests.valid(Endpoint.of("GET", "/counters/licenses/{id}", List.of(), "test"), b, a, random);
        assertEquals("/counters/licenses/" + b.licenseId(), license.path());
        assertEquals(404, wire.send(license.probe("cross")).status());
        Shape revoke = requests.valid(Endpoint.of("POST", "/organizations/users/invites/{id}/revoke", List.of(), "test"), b, a, random);
        assertEquals("/organizations/users/invites/" + b.invite() + "/revoke", revoke.path());
        assertEquals(404, wire.send(revoke.probe("cross")).status());
        String bUsers = wire.send(Probe.of("b", "GET", "/organizations/users?organization_id=" + b.organization(),
                List.<String[]>of(new String[] {"Cookie", b.sessionCookie()}), new byte[0])).body();
        assertTrue(bUsers.contains("/organizations/users/invites/" + b.invite() + "/revoke"), "b's invitation is still open");

        for (Endpoint e : List.of(Endpoint.of("POST", "/api/admin/organizations", List.of(), "test"), Endpoint.of("GET", "/admin", List.of(), "test"))) {
            Shape owner = requests.asOwner(e, a, random);
            assertEquals(Credential.SESSION, owner.credential());
            assertEquals(403, wire.send(owner.probe("not admin")).status(), e.key());
        }
    }

    private static Probe json(String path, List<String[]> token, String body) {
        return Probe.of("json", "POST", path, List.of(token.get(0), new String[] {"Content-Type", "application/json"}),
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void assertRefused(Wire.Answer a, int status, String shape) {
        assertEquals(status, a.status(), a.body());
        assertTrue(a.body().contains(shape), "the dialect's error shape: " + a.body());
        assertTrue(a.millis() < SLOW_MS, "answered in " + a.millis() + " ms");
    }
}
