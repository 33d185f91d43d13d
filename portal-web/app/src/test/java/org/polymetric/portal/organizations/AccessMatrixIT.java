package org.polymetric.portal.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;

/**
 * Who may do what in the organizations module: every API endpoint and page, called by the primary
 * owner, an owner, an organization admin (not an owner), a studio admin (studio A), a game viewer
 * (game B1), the owner of another organization and an anonymous caller. The tables below are the specification; a cell that
 * changes is a security decision. API calls authenticate with Basic, pages with a signed-in
 * session and the CSRF token (anonymous page calls have neither).
 */
class AccessMatrixIT extends OrganizationsIT {
    static final String[] ROLES = {"primary owner", "owner", "organization admin", "studio admin", "game viewer", "other organization",
            "anonymous"};

    static String target;
    static String ownerTarget;
    static String organizationAdmin;
    static List<String> people;

    @BeforeAll
    static void people() {
        target = OrganizationsFixture.person("matrixtarget", "game", f.gameA1, "viewer");
        ownerTarget = OrganizationsFixture.person("matrixowner", "organization", f.org, "owner");
        organizationAdmin = OrganizationsFixture.person("matrixorgadmin", "organization", f.org, "admin");
        people = java.util.Arrays.asList(f.primaryOwner, f.owner, organizationAdmin, f.studioAdmin, f.gameViewer, f.neighbour, null);
        Fixtures.execute("UPDATE game SET icon = ?, icon_type = 'image/png' WHERE id = ?", new byte[]{(byte) 0x89, 'P', 'N', 'G'}, f.gameA1);
    }

    private static String fresh() {
        return Fixtures.unique("matrix").toLowerCase() + "@example.com";
    }

    private static long userId(String email) {
        return Fixtures.count("SELECT id FROM `user` WHERE email = ?", email);
    }

    /** One API call: method, path, JSON body made fresh for each caller (or null), expected status per role. */
    private record Api(String method, String path, Supplier<String> body, int... expected) {
    }

    /** One page call: GET or a form POST with fields made fresh for each caller. */
    private record PageCall(String method, String path, Supplier<String[]> fields, int... expected) {
    }

    @Test
    void theApi() throws Exception {
        String a1 = Long.toString(f.gameA1);
        String studioA = Long.toString(f.studioA);
        String studioB = Long.toString(f.studioB);
        String newGameA = "{\"studio_id\":" + studioA + ",\"title\":\"Matrix game\",\"sdk_used\":\"unity\",\"platform\":\"ios\"}";
        String newGameB = "{\"studio_id\":" + studioB + ",\"title\":\"Matrix game\",\"sdk_used\":\"unity\",\"platform\":\"ios\"}";
        List<Api> calls = List.of(
                //                                                                      primary owner org.adm stud.adm viewer other anon
                new Api("GET", "/games", null,                                             200, 200, 200, 200, 200, 200, 401),
                new Api("GET", "/games/" + a1, null,                                       200, 200, 200, 200, 404, 404, 401),
                new Api("GET", "/games/" + f.gameB1, null,                                 200, 200, 200, 404, 200, 404, 401),
                new Api("POST", "/games", () -> newGameA,                                  201, 201, 201, 201, 404, 404, 401),
                new Api("POST", "/games", () -> newGameB,                                  201, 201, 201, 404, 403, 404, 401),
                new Api("GET", "/studios", null,                                           200, 200, 200, 200, 200, 200, 401),
                new Api("GET", "/studios/" + studioA, null,                                200, 200, 200, 200, 404, 404, 401),
                new Api("POST", "/studios", () -> "{\"name\":\"Matrix studio\"}",          201, 201, 201, 403, 403, 201, 401),
                new Api("GET", "/users", null,                                             200, 200, 200, 200, 200, 200, 401),
                new Api("GET", "/users/" + userId(target), null,                           200, 200, 200, 200, 404, 404, 401),
                new Api("POST", "/users/invite", () -> "{\"invites\":[{\"email\":\"" + fresh() + "\",\"resource\":{\"access_level\":"
                        + "\"viewer\",\"access_resource\":\"game\",\"game_id\":" + a1 + "}}]}", 201, 201, 201, 201, 404, 404, 401),
                new Api("POST", "/users/" + userId(target) + "/replace_acl", () -> "{\"acls\":[{\"resource\":{\"access_level\":"
                        + "\"viewer\",\"access_resource\":\"game\",\"game_id\":" + a1 + "}}]}", 200, 200, 200, 403, 404, 404, 401),
                // an owner's access is changed by owners only (the body keeps them owner, so every row sees the same person)
                new Api("POST", "/users/" + userId(ownerTarget) + "/replace_acl", () -> "{\"acls\":[{\"resource\":{\"access_level\":"
                        + "\"owner\",\"access_resource\":\"organization\"}}]}",     200, 200, 403, 404, 404, 404, 401),
                // upload rights: the game viewer administers nothing and is refused before the body is read
                new Api("POST", "/images", null,                                          200, 200, 200, 200, 403, 404, 401),
                new Api("GET", "/images/game/" + a1, null,                                 200, 200, 200, 200, 404, 404, 401));
        List<String> wrong = new ArrayList<>();
        for (Api call : calls) {
            for (int role = 0; role < ROLES.length; role++) {
                String who = people.get(role);
                String[] auth = who == null ? new String[0] : new String[]{"Authorization", OrganizationsFixture.basic(who)};
                String path = "/api/organizations" + call.path();
                HttpResponse<String> r = call.method().equals("GET") ? client().get(path, auth)
                        : call.body() == null ? client().postBytes(path, "multipart/form-data; boundary=" + ImagesIT.BOUNDARY,
                                ImagesIT.multipart(Map.of("entity_type", "game", "game_id", a1), ImagesIT.png(16, 16)), auth)
                        : client().postJson(path, call.body().get(), auth);
                check(wrong, call.method() + " " + path, role, call.expected()[role], r);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void thePages() throws Exception {
        String org = Long.toString(f.org);
        String a1 = Long.toString(f.gameA1);
        String person = Long.toString(userId(target));
        List<PageCall> calls = List.of(
                //                                                                          primary owner org.adm stud.adm viewer other anon
                new PageCall("GET", "/organizations", null,                                   200, 200, 200, 200, 200, 200, 302),
                new PageCall("GET", "/organizations/studios?organization_id=" + org, null,    200, 200, 200, 200, 200, 404, 302),
                new PageCall("GET", "/organizations/games?organization_id=" + org, null,      200, 200, 200, 200, 200, 404, 302),
                new PageCall("GET", "/organizations/games/" + a1, null,                       200, 200, 200, 200, 404, 404, 302),
                new PageCall("GET", "/organizations/users?organization_id=" + org, null,      200, 200, 200, 200, 200, 404, 302),
                new PageCall("GET", "/organizations/users/" + person + "?organization_id=" + org, null,
                                                                                              200, 200, 200, 200, 404, 404, 302),
                new PageCall("POST", "/organizations/studios", () -> new String[]{"organization_id", org, "name", "Page matrix"},
                                                                                              303, 303, 303, 403, 403, 404, 302),
                new PageCall("POST", "/organizations/studios/" + f.studioA + "/rename", () -> new String[]{"name", "Studio A"},
                                                                                              303, 303, 303, 303, 404, 404, 302),
                new PageCall("POST", "/organizations/studios/" + f.studioB + "/archive", () -> new String[0],
                                                                                              303, 303, 303, 404, 403, 404, 302),
                new PageCall("POST", "/organizations/studios/" + f.studioB + "/unarchive", () -> new String[0],
                                                                                              303, 303, 303, 404, 403, 404, 302),
                new PageCall("POST", "/organizations/games", () -> new String[]{"organization_id", org, "studio_id",
                        Long.toString(f.studioA), "title", "Page matrix game", "platform", "ios", "sdk_used", "unity"},
                                                                                              303, 303, 303, 303, 404, 404, 302),
                new PageCall("POST", "/organizations/games/" + a1, () -> new String[]{"title", "Alpha", "platform", "android",
                        "sdk_used", "unity"},                                                 303, 303, 303, 303, 404, 404, 302),
                new PageCall("POST", "/organizations/games/" + f.gameB1 + "/rotate-secret", () -> new String[0],
                                                                                              303, 303, 303, 404, 403, 404, 302),
                new PageCall("POST", "/organizations/games/" + a1 + "/archive", () -> new String[0],
                                                                                              303, 303, 303, 303, 404, 404, 302),
                new PageCall("POST", "/organizations/games/" + a1 + "/unarchive", () -> new String[0],
                                                                                              303, 303, 303, 303, 404, 404, 302),
                new PageCall("POST", "/organizations/users/invite", () -> new String[]{"organization_id", org, "emails", fresh(),
                        "resource", "game:" + a1, "level", "viewer"},                         303, 303, 303, 303, 404, 404, 302),
                new PageCall("POST", "/organizations/users/" + userId(ownerTarget) + "/access", () -> new String[]{"organization_id", org,
                        "resource", "organization", "level", "owner"},                         303, 303, 403, 404, 404, 404, 302),
                new PageCall("POST", "/organizations/users/" + person + "/access", () -> new String[]{"organization_id", org,
                        "resource", "game:" + a1, "level", "viewer"},                         303, 303, 303, 403, 404, 404, 302));
        Map<String, PortalClient> sessions = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (PageCall call : calls) {
            for (int role = 0; role < ROLES.length; role++) {
                String who = people.get(role);
                PortalClient c = who == null ? client() : sessions.computeIfAbsent(who, this::signedIn);
                HttpResponse<String> r;
                if (call.method().equals("GET")) {
                    r = c.get(call.path());
                } else if (who == null) {
                    r = forge(c, call.path(), call.fields().get());
                } else {
                    r = submit(c, call.path(), call.fields().get());
                }
                check(wrong, call.method() + " " + call.path(), role, call.expected()[role], r);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(0, Fixtures.count("SELECT is_archived FROM game WHERE id = ?", f.gameA1));
        assertEquals(0, Fixtures.count("SELECT is_archived FROM studio WHERE id = ?", f.studioB));
    }

    @Test
    void secretKeysShowOnlyToTheGamesAdmins() throws Exception {
        // per role, games A1 and B1: true = secret shown, false = null, null = the game is not visible (404)
        Boolean[][] expected = {{true, true}, {true, true}, {true, true}, {true, null}, {null, false}, {null, null}};
        long[] games = {f.gameA1, f.gameB1};
        List<String> wrong = new ArrayList<>();
        for (int role = 0; role < expected.length; role++) {
            String[] auth = {"Authorization", OrganizationsFixture.basic(people.get(role))};
            JsonArray list = PortalClient.json(client().get("/api/organizations/games?" + q("page[size]") + "=100", auth)).getJsonArray("data");
            for (int i = 0; i < games.length; i++) {
                HttpResponse<String> r = client().get("/api/organizations/games/" + games[i], auth);
                Boolean shown = r.statusCode() == 404 ? null : !PortalClient.json(r).getJsonObject("data").isNull("secret_key");
                long id = games[i];
                Boolean listed = list.stream().map(JsonValue::asJsonObject).filter(g -> g.getJsonNumber("id").longValue() == id)
                        .findFirst().map(g -> !g.isNull("secret_key")).orElse(null);
                if (!java.util.Objects.equals(expected[role][i], shown) || !java.util.Objects.equals(expected[role][i], listed)) {
                    wrong.add("game " + id + " as " + ROLES[role] + ": expected " + expected[role][i] + ", got " + shown + " (item), "
                            + listed + " (list)");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static void check(List<String> wrong, String call, int role, int expected, HttpResponse<String> r) {
        if (r.statusCode() != expected) {
            wrong.add(call + " as " + ROLES[role] + ": expected " + expected + ", got " + r.statusCode());
        }
        if (r.statusCode() >= 500) {
            wrong.add(call + " as " + ROLES[role] + " answered " + r.statusCode() + ": " + r.body());
        }
    }
}
