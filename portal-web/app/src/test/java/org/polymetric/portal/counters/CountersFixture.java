package org.polymetric.portal.counters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.TokenMaker;

/**
 * Two organizations for the counters API: ours, with games Europe and Usa (in one studio) and
 * people holding tokens at each level, and a neighbour with a game of its own.
 */
final class CountersFixture {
    final long org;
    final long europe;
    final long usa;
    final long neighbourGame;
    final String europeKey;
    final String usaKey;
    final String neighbourKey;
    /** Admin of the game Usa (writes its counters). */
    final String usaAdmin;
    /** Admin of the game Europe. */
    final String europeAdmin;
    /** Viewer of the organization: reads both games' counters, writes none. */
    final String viewer;
    /** Admin of the organization (licenses). */
    final String orgAdmin;
    /** Owner of the neighbour organization. */
    final String neighbour;
    /** The e-mail addresses (password {@link Fixtures#PASSWORD}) of the usa admin, the viewer, the organization's admin and the neighbour, for the pages. */
    final String usaAdminEmail;
    final String viewerEmail;
    final String orgAdminEmail;
    final String neighbourEmail;

    CountersFixture(PortalClient c) {
        org = Fixtures.organization(Fixtures.unique("Photon counters"));
        long studio = Fixtures.studio(org, "Realtime");
        europe = Fixtures.game(studio, "Europe");
        usa = Fixtures.game(studio, "Usa");
        long other = Fixtures.organization(Fixtures.unique("Neighbour"));
        neighbourGame = Fixtures.game(Fixtures.studio(other, "Theirs"), "Their game");
        europeKey = key(europe);
        usaKey = key(usa);
        neighbourKey = key(neighbourGame);
        usaAdminEmail = person("usaadmin", "game", usa, "admin");
        usaAdmin = token(c, usaAdminEmail, "game", usa, "admin");
        europeAdmin = token(c, person("euadmin", "game", europe, "admin"), "game", europe, "admin");
        viewerEmail = person("counterviewer", "organization", org, "viewer");
        viewer = token(c, viewerEmail, "organization", org, "viewer");
        orgAdminEmail = person("orgadmin", "organization", org, "admin");
        orgAdmin = token(c, orgAdminEmail, "organization", org, "admin");
        neighbourEmail = person("neighbour", "organization", other, "owner");
        neighbour = token(c, neighbourEmail, "organization", other, "owner");
    }

    private static String key(long game) {
        return Fixtures.text("SELECT game_key FROM game WHERE id = ?", game);
    }

    /** A person holding {@code level} on the resource; answers their e-mail address. */
    static String person(String prefix, String resource, long id, String level) {
        String email = Fixtures.user(prefix);
        Fixtures.grant(email, resource, id, level);
        return email;
    }

    /** A token of the person's at {@code level} on the resource. */
    static String token(PortalClient c, String email, String resource, long id, String level) {
        return new TokenMaker(new PortalClient(c.uri("/")), email).token(resource, id, level);
    }

    static String[] bearer(String token) {
        return new String[]{"Authorization", "Bearer " + token};
    }

    /** {@code POST /api/counters/write} with the lines, as Telegraf sends them. */
    static HttpResponse<String> write(PortalClient c, String token, String precision, String lines) {
        return c.postBytes("/api/counters/write" + (precision == null ? "" : "?precision=" + precision),
                "text/plain; charset=utf-8", lines.getBytes(StandardCharsets.UTF_8), bearer(token));
    }

    static void written(PortalClient c, String token, String precision, String lines) {
        HttpResponse<String> r = write(c, token, precision, lines);
        assertEquals(204, r.statusCode(), lines + " → " + r.body());
    }

    /** Epoch nanoseconds of {@code seconds}. */
    static String ns(long seconds) {
        return seconds + "000000000";
    }
}
