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
        usaAdmin = token(c, "usaadmin", "game", usa, "admin");
        europeAdmin = token(c, "euadmin", "game", europe, "admin");
        String viewerEmail = Fixtures.user("counterviewer");
        Fixtures.grant(viewerEmail, "organization", org, "viewer");
        viewer = new TokenMaker(new PortalClient(c.uri("/")), viewerEmail).token("organization", org, "viewer");
        orgAdmin = token(c, "orgadmin", "organization", org, "admin");
        neighbour = token(c, "neighbour", "organization", other, "owner");
    }

    private static String key(long game) {
        return Fixtures.text("SELECT game_key FROM game WHERE id = ?", game);
    }

    /** A person holding {@code level} on the resource, and a token of theirs at that level. */
    private static String token(PortalClient c, String prefix, String resource, long id, String level) {
        String email = Fixtures.user(prefix);
        Fixtures.grant(email, resource, id, level);
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
