package org.polymetric.portal.fuzz;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polymetric.portal.PortalClient;

/**
 * Makes the fuzz's organizations through the portal's own APIs, as an administrator and then as
 * each organization's owner, so the fuzz runs against any portal (no database access needed), and
 * gives each some data of every dialect, written two hours back (the background work that follows
 * a write, folds and closed buckets, is then done at once, not in the middle of the fuzz).
 */
final class Tenants {
    static final String OWNER_PASSWORD = "fuzz-owner-password-1";
    private static final Pattern REVOKE_FORM = Pattern.compile("/organizations/users/invites/(\\d+)/revoke");
    private final URI base;
    private final String adminAuth;

    Tenants(URI base, String adminEmail, String adminPassword) {
        this.base = base;
        this.adminAuth = PortalClient.basic(adminEmail, adminPassword);
    }

    Tenant create(String label, int tokens) {
        String tag = label + "-" + UUID.randomUUID().toString().substring(0, 8);
        Set<String> markers = new LinkedHashSet<>();
        String orgName = "fuzzorg-" + tag;
        String email = ("fuzz-owner-" + tag + "@fuzz.test").toLowerCase();
        PortalClient admin = new PortalClient(base);
        JsonObject org = PortalClient.json(ok(admin.postJson("/api/admin/organizations", "{\"name\":\"" + orgName
                + "\",\"owner\":{\"email\":\"" + email + "\",\"password\":\"" + OWNER_PASSWORD + "\"}}", "Authorization", adminAuth), 201));
        long orgId = org.getJsonNumber("id").longValue();

        PortalClient owner = new PortalClient(base);
        owner.loginOrFail(email, OWNER_PASSWORD);
        String csrf = owner.csrfFrom("/account");
        String studioName = "fuzzstudio-" + tag;
        JsonObject studio = data(ok(owner.postJson("/api/organizations/studios?organization_id=" + orgId,
                "{\"name\":\"" + studioName + "\"}", "X-CSRF-Token", csrf), 201));
        long studioId = studio.getJsonNumber("id").longValue();
        String title = "fuzzgame-" + tag;
        JsonObject game = data(ok(owner.postJson("/api/organizations/games?organization_id=" + orgId, "{\"studio_id\":" + studioId
                + ",\"title\":\"" + title + "\",\"sdk_used\":\"unity\",\"platform\":\"ios\"}", "X-CSRF-Token", csrf), 201));
        long gameId = game.getJsonNumber("id").longValue();
        String key = game.getString("key");
        String secret = game.getString("secret_key");
        String licenseName = "fuzzlicense-" + tag;
        JsonObject license = PortalClient.json(ok(owner.postJson("/api/counters/licenses", "{\"organization_id\":" + orgId
                + ",\"name\":\"" + licenseName + "\"}", "X-CSRF-Token", csrf), 201));
        String hash = license.getString("hash");
        long licenseId = license.getJsonNumber("id").longValue();
        long ownerId = ownerId(owner, orgId, email, csrf);
        String invitee = ("fuzz-invitee-" + tag + "@fuzz.test").toLowerCase();
        long invite = invite(owner, csrf, orgId, gameId, invitee);

        List<String> pool = new ArrayList<>();
        for (int i = 0; i < tokens; i++) {
            pool.add(token(owner, csrf, orgId));
        }
        long spare = PortalClient.json(ok(owner.postJson("/api/tokens", "{\"name\":\"fuzz-spare\",\"scope\":{\"game_id\":" + gameId
                + "},\"level\":\"viewer\"}", "X-CSRF-Token", csrf), 201)).getJsonNumber("id").longValue();

        String channel = "fuzzch-" + tag;
        String stream = "fuzzst-" + tag;
        String event = "fuzzevent_" + tag.replace('-', '_');
        String device = "fuzzdevice-" + tag;
        seed(owner, pool.get(0), key, hash, channel, stream, event, device);
        markers.addAll(List.of(orgName, studioName, title, key, secret, hash, licenseName, email, invitee, channel, stream, event, device));
        String cookie = owner.cookieHeader();
        return new Tenant(tag, orgId, studioId, gameId, key, secret, hash, licenseId, invite, email, ownerId, cookie, csrf, List.copyOf(pool), spare,
                channel, stream, Set.copyOf(markers), new AtomicInteger());
    }

    private static long ownerId(PortalClient owner, long org, String email, String csrf) {
        JsonArray users = PortalClient.json(ok(owner.get("/api/organizations/users?organization_id=" + org), 200)).getJsonArray("data");
        return users.getValuesAs(JsonObject.class).stream().filter(u -> email.equals(u.getString("email", null)))
                .mapToLong(u -> u.getJsonNumber("id").longValue()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the owner is not among the organization's users: " + users));
    }

    /**
     * An open invitation to the game, and its id: the API answers only addresses, the users page
     * names each open invite in its withdraw form.
     */
    private static long invite(PortalClient owner, String csrf, long org, long game, String email) {
        ok(owner.postJson("/api/organizations/users/invite?organization_id=" + org, "{\"invites\":[{\"email\":\"" + email
                + "\",\"resource\":{\"access_level\":\"viewer\",\"access_resource\":\"game\",\"game_id\":" + game + "}}]}",
                "X-CSRF-Token", csrf), 201);
        String page = ok(owner.get("/organizations/users?organization_id=" + org), 200).body();
        Matcher m = REVOKE_FORM.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("fuzz set-up: the users page shows no open invitation to withdraw: " + page);
        }
        long id = Long.parseLong(m.group(1));
        if (m.find()) {
            throw new IllegalStateException("fuzz set-up: a new organization shows more than one open invitation");
        }
        return id;
    }

    private static String token(PortalClient owner, String csrf, long org) {
        return PortalClient.json(ok(owner.postJson("/api/tokens", "{\"name\":\"fuzz\",\"scope\":{\"organization_id\":" + org
                + "},\"level\":\"owner\"}", "X-CSRF-Token", csrf), 201)).getString("token");
    }

    /** Data of every dialect, two hours back. */
    private void seed(PortalClient owner, String token, String key, String hash, String channel, String stream, String event, String device) {
        long then = System.currentTimeMillis() - 2 * 3600_000L;
        String events = Shape.enc("[{\"key\":\"" + event + "\",\"count\":2,\"sum\":3.5,\"segmentation\":{\"level\":\"7\"}}]");
        PortalClient sdk = new PortalClient(base); // no session: the SDK paths are public, and a session would ask for a CSRF token
        ok(sdk.get("/i?app_key=" + key + "&device_id=" + device + "&begin_session=1&timestamp=" + then + "&events=" + events
                + "&metrics=" + Shape.enc("{\"_os\":\"Android\",\"_app_version\":\"1.0\"}")), 200);
        ok(owner.postBytes("/api/counters/write?precision=s", "text/plain", ("Ccu,appid=" + key + ",region=eu value=42 " + then / 1000
                + "\nServers,hash=" + hash + " value=3 " + then / 1000).getBytes(), "Authorization", "Bearer " + token), 204);
        ok(sdk.postBytes("/api/ingest/playback", "application/json", ("[" + Requests.beacon(key, device, then, channel, stream)
                + "]").getBytes()), 204);
    }

    private static JsonObject data(HttpResponse<String> r) {
        return PortalClient.json(r).getJsonObject("data");
    }

    private static HttpResponse<String> ok(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException("fuzz set-up: " + r.request().method() + " " + r.uri() + " answered " + r.statusCode()
                    + " (expected " + status + "): " + r.body());
        }
        return r;
    }
}
