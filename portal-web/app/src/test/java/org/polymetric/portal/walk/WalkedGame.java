package org.polymetric.portal.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.TokenMaker;

/**
 * An organization with one game that has data in every module, so that every page the walk opens
 * has something to draw: Countly sessions and events today and yesterday, a day of Photon
 * counters, and half an hour of video player beacons. Its owner and a viewer of the game walk it.
 */
record WalkedGame(long organization, long game, String owner, String viewer) {

    /** Seeds through {@code c}'s portal. */
    static WalkedGame seed(PortalClient c) {
        long org = Fixtures.organization(Fixtures.unique("Walk org"));
        long game = Fixtures.game(Fixtures.studio(org, "Walk studio"), "Walked game");
        String owner = Fixtures.user("walkowner");
        Fixtures.grant(owner, "organization", org, "owner");
        String viewer = Fixtures.user("walkviewer");
        Fixtures.grant(viewer, "game", game, "viewer");
        String key = Fixtures.text("SELECT game_key FROM game WHERE id = ?", game);
        long now = System.currentTimeMillis() / 1000;
        // a client each: a connection kept from an earlier call may have been closed by a busy new
        // server meanwhile, and a POST is not sent again on another
        countly(fresh(c), key, now);
        photon(fresh(c), new TokenMaker(fresh(c), owner).token("game", game, "admin"), key, now);
        beacons(fresh(c), key, now * 1000);
        return new WalkedGame(org, game, owner, viewer);
    }

    private static PortalClient fresh(PortalClient c) {
        return new PortalClient(c.uri("/"));
    }

    /** Sessions of three devices (one also yesterday, so retention has a cohort) and a purchase event. */
    private static void countly(PortalClient c, String key, long now) {
        String metrics = "{\"_os\":\"Android\",\"_os_version\":\"13\",\"_device\":\"Pixel 7\",\"_resolution\":\"1080x2400\","
                + "\"_carrier\":\"Vodafone\",\"_app_version\":\"2.0\"}";
        sdk(c, key, "w3", now - 86_400, "begin_session", "1", "country_code", "TR", "metrics", metrics);
        for (String device : new String[]{"w1", "w2", "w3"}) {
            sdk(c, key, device, now - 300, "begin_session", "1", "country_code", "DE", "metrics", metrics);
            sdk(c, key, device, now - 200, "events",
                    "[{\"key\":\"purchase\",\"count\":1,\"sum\":2.5,\"segmentation\":{\"tier\":\"gold\"}}]");
            sdk(c, key, device, now - 100, "end_session", "1", "session_duration", "200");
        }
    }

    private static void sdk(PortalClient c, String key, String device, long epochSeconds, String... params) {
        ZonedDateTime utc = Instant.ofEpochSecond(epochSeconds).atZone(ZoneOffset.UTC);
        StringBuilder q = new StringBuilder("/i?app_key=").append(key).append("&device_id=").append(device)
                .append("&timestamp=").append(epochSeconds * 1000).append("&hour=").append(utc.getHour())
                .append("&dow=").append(utc.getDayOfWeek().getValue() % 7).append("&tz=0");
        for (int i = 0; i + 1 < params.length; i += 2) {
            q.append('&').append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = c.get(q.toString());
        assertEquals(200, r.statusCode(), q + ": " + r.body());
    }

    /** CCU and rooms in two regions every 10 minutes over the last day. */
    private static void photon(PortalClient c, String token, String key, long now) {
        StringBuilder lines = new StringBuilder();
        for (long t = now - 86_400 + 300; t < now; t += 600) {
            for (String region : new String[]{"eu", "us"}) {
                long ccu = 500 + (t / 600) % 300;
                lines.append("Ccu,appid=").append(key).append(",region=").append(region).append(" value=").append(ccu)
                        .append(' ').append(t).append('\n');
                lines.append("Rooms,appid=").append(key).append(",region=").append(region).append(" value=").append(ccu / 8)
                        .append(' ').append(t).append('\n');
            }
        }
        HttpResponse<String> r = c.postBytes("/api/counters/write?precision=s", "text/plain; charset=utf-8",
                lines.toString().getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + token);
        assertEquals(204, r.statusCode(), r.body());
    }

    /** A beacon a minute for the last half hour from two devices on one channel. */
    private static void beacons(PortalClient c, String key, long nowMs) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 30; i++) {
            for (String device : new String[]{"v1", "v2"}) {
                body.append(body.length() == 1 ? "" : ", ").append("{\"app_key\": \"").append(key)
                        .append("\", \"device_id\": \"").append(device).append("\", \"timestamp\": ").append(nowMs - i * 60_000L)
                        .append(", \"interval_ms\": 60000, \"channel_id\": \"news\", \"stream_id\": \"main\", \"bitrate\": \"3000000\","
                                + " \"cdn_bytes\": 4000000, \"p2p_bytes\": 2000000, \"played_ms\": 60000, \"rebuffered_ms\": 500,"
                                + " \"browser\": \"Chrome\", \"os\": \"android\", \"country_code\": \"FR\"}");
            }
        }
        HttpResponse<String> r = c.postBytes("/api/ingest/playback", "application/json",
                body.append(']').toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(204, r.statusCode(), r.body());
    }
}
