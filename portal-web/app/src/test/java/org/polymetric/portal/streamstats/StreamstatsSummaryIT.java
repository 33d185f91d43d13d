package org.polymetric.portal.streamstats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;
import org.polymetric.streamstats.domain.Paging;
import org.polymetric.streamstats.domain.TimeWindow;

/**
 * {@code /summary} and {@code /summary/agg} at the customer, channel and stream levels, over rows
 * seeded as the storage contract defines them: the seed's samples as golden answers, every window,
 * paging edges and order, rendition filters, unknown channels and streams, every bad parameter.
 */
class StreamstatsSummaryIT extends PortalIT {
    private static final String STREAM = "0x78e31cc7";
    private static final String URI = "http://my_manifest.m3u8";
    private static final String[] WINDOWS = {"10m", "1h", "24h", "1w", "1M"};

    @Test
    void liveSummariesAtEveryLevelAreTheSeedsSamples() {
        PortalClient c = client();
        long studio = Fixtures.studio(Fixtures.organization(Fixtures.unique("Stats summary")), "Video");
        long plain = Fixtures.game(studio, "Plain");
        long paged = Fixtures.game(studio, "Paged");
        long quiet = Fixtures.game(studio, "Quiet");
        StatsApi a = StatsApi.token(c, "game", plain, "viewer");
        StatsApi b = StatsApi.token(c, "game", paged, "viewer");
        StatsApi q = StatsApi.token(c, "game", quiet, "viewer");

        long t = StreamstatsRows.liveAhead();
        sample(new StreamstatsRows(plain), "1", t);
        sample(new StreamstatsRows(paged), "default channel", t);
        StreamstatsRows.awaitLive(t);

        StatsApi.assertGolden("summary.json", a.array("/summary?time=live"));
        StatsApi.assertGolden("channel-summary.json", a.array("/channels/1/summary?time=live"));
        StatsApi.assertGolden("stream-summary.json", a.array("/channels/1/streams/" + STREAM + "/summary?time=live"));
        for (String level : new String[]{"", "/channels/1", "/channels/1/streams/" + STREAM}) {
            StatsApi.assertGolden("summary-agg.json", a.array(level + "/summary/agg?time=live"));
        }
        StatsApi.assertGolden("summary-paged.json", b.array("/summary?time=live&per_page=5&page=0"));
        StatsApi.assertGolden("channel-summary-paged.json", b.array("/channels/default%20channel/summary?time=live&per_page=5"));
        StatsApi.assertGolden("stream-summary-paged.json",
                b.array("/channels/default%20channel/streams/" + STREAM + "/summary?time=live&per_page=5&page=0"));

        // nothing reported, or an unknown channel or stream: empty, never 404
        StatsApi.assertGolden("summary-empty.json", q.array("/summary?time=live&per_page=5&page=0"));
        StatsApi.assertGolden("summary-empty.json", a.array("/channels/nope/summary?time=live&per_page=5"));
        StatsApi.assertGolden("summary-empty.json", a.array("/channels/1/streams/nope/summary?time=live&per_page=5"));
        for (String level : new String[]{"/channels/nope", "/channels/1/streams/nope", "/channels/nope/streams/" + STREAM}) {
            assertEquals(JsonValue.EMPTY_JSON_ARRAY, a.array(level + "/summary?time=live"), level);
            assertEquals(JsonValue.EMPTY_JSON_ARRAY, a.array(level + "/summary/agg?time=live"), level);
        }
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, q.array("/summary?time=live"));
    }

    /**
     * Every window: the same devices (a device p2p in one 5 s and cdn in the next is one p2p
     * device; a not-compatible device's viewing is cdn viewing) and the bytes over its length.
     */
    @Test
    void everyWindowCountsEachDeviceOnceAndSpreadsTheBytesOverItsLength() {
        PortalClient c = client();
        long studio = Fixtures.studio(Fixtures.organization(Fixtures.unique("Stats windows")), "Video");
        long now = System.currentTimeMillis();
        for (String time : WINDOWS) {
            long game = Fixtures.game(studio, "Window " + time);
            StreamstatsRows rows = new StreamstatsRows(game);
            long t = StreamstatsRows.middle(time, now);
            StreamstatsRows.Rendition r = sample(rows, "news", t);
            rows.device(r, "not-compatible", t, 5_000, false, true, "LINUX", "FIREFOX", "ETHERNET");
            rows.device(r, "mixed", t, 5_000, false, false, "MAC", "SAFARI", "WIFI");
            rows.device(r, "mixed", t + 5_000, 5_000, true, false, "MAC", "SAFARI", "WIFI");
            rows.rollup(r, t + 5_000, "p2p_bytes", 1_000L);
            StatsApi api = StatsApi.token(c, "game", game, "viewer");
            long length = TimeWindow.parse(time).lengthMs();
            for (String path : new String[]{"/summary", "/channels/news/summary", "/channels/news/streams/" + STREAM + "/summary",
                    "/summary/agg", "/channels/news/summary/agg", "/channels/news/streams/" + STREAM + "/summary/agg"}) {
                JsonArray answer = api.array(path + "?time=" + time);
                assertEquals(1, answer.size(), time + " " + path + ": " + answer);
                JsonObject row = answer.getJsonObject(0);
                String where = time + " " + path + ": " + row;
                assertEquals(kbps(25_000_000L, length), row.getJsonNumber("cdn_throughput").bigDecimalValue(), where);
                assertEquals(kbps(112_501_000L, length), row.getJsonNumber("p2p_throughput").bigDecimalValue(), where);
                assertEquals(kbps(137_501_000L, length), row.getJsonNumber("total_throughput").bigDecimalValue(), where);
                assertEquals(List.of(2, 10, 1, 15, 55, 70), List.of(row.getInt("cdn_devices"), row.getInt("p2p_devices"),
                        row.getInt("not_compatible_devices"), row.getInt("cdn_viewing_time"), row.getInt("p2p_viewing_time"),
                        row.getInt("total_viewing_time")), where);
                assertEquals("0:01:10", row.getString("total_pretty_viewing_time"), where);
            }
        }
    }

    @Test
    void rowsComeInCodePointOrderOfTheirKeysAndPageFromZero() {
        PortalClient c = client();
        long game = StreamstatsRows.newGame("Paging");
        StreamstatsRows rows = new StreamstatsRows(game);
        long t = StreamstatsRows.middle("24h", System.currentTimeMillis());
        for (String channel : new String[]{"a", "Ä", "B", "9", "10"}) {
            StreamstatsRows.Rendition r = rows.rendition(channel, "s", "http://" + channel, "4000", "2 of 4");
            rows.rollup(r, t, "cdn_bytes", 1_000L);
            rows.device(r, "d-" + channel, t, 5_000, false, false, "MAC", "CHROME", "WIFI");
        }
        StreamstatsRows.Rendition low = rows.rendition("10", "s", "http://10", "800", "1 of 4");
        rows.rollup(low, t, "cdn_bytes", 1_000L);
        StreamstatsRows.Rendition other = rows.rendition("10", "r", "http://10/r", "4000", "2 of 4");
        rows.rollup(other, t, "cdn_bytes", 1_000L);
        // a scope that reported only outside the window is not listed
        StreamstatsRows.Rendition old = rows.rendition("0 old", "s", "http://old", "1", "1");
        rows.rollupAt(old, 3600, System.currentTimeMillis() - 26 * StreamstatsRows.HOUR, "cdn_bytes", 1_000L);
        StatsApi api = StatsApi.token(c, "game", game, "viewer");

        assertEquals(List.of("10", "9", "B", "a", "Ä"), keys(api.array("/summary?time=24h"), "channel_id"));
        assertPage(api.array("/summary?time=24h&per_page=2"), 3, 0, List.of("10", "9"));
        assertPage(api.array("/summary?time=24h&per_page=2&page=1"), 3, 1, List.of("B", "a"));
        assertPage(api.array("/summary?time=24h&per_page=2&page=2"), 3, 2, List.of("Ä"));
        assertPage(api.array("/summary?time=24h&per_page=2&page=3"), 3, 3, List.of());
        assertPage(api.array("/summary?time=24h&per_page=5&page=0"), 1, 0, List.of("10", "9", "B", "a", "Ä"));
        assertPage(api.array("/summary?time=24h&per_page=1000&page=1000000"), 1, 1_000_000, List.of());
        assertPage(api.array("/summary?time=24h&per_page=1&page=4"), 5, 4, List.of("Ä"));

        assertEquals(List.of("r", "s"), keys(api.array("/channels/10/summary?time=24h"), "stream_id"));
        assertEquals(List.of("4000", "800"), keys(api.array("/channels/10/streams/s/summary?time=24h"), "bitrate"));
        assertEquals(List.of("800"), keys(api.array("/channels/10/streams/s/summary?time=24h&bitrate=800"), "bitrate"));
        assertEquals(List.of("4000"), keys(api.array("/channels/10/streams/s/summary?time=24h&representation_id=2%20of%204"),
                "bitrate"));
        assertEquals(List.of(), keys(api.array("/channels/10/streams/s/summary?time=24h&bitrate=800&representation_id=2%20of%204"),
                "bitrate"));
        // the filters narrow the stream's aggregate to the renditions they match
        JsonObject narrowed = api.array("/channels/10/streams/s/summary/agg?time=24h&bitrate=800").getJsonObject(0);
        assertEquals(List.of(0, 0), List.of(narrowed.getInt("cdn_devices"), narrowed.getInt("p2p_devices")));
        JsonObject whole = api.array("/channels/10/streams/s/summary/agg?time=24h").getJsonObject(0);
        assertEquals(kbps(2_000L, TimeWindow.DAY.lengthMs()), whole.getJsonNumber("cdn_throughput").bigDecimalValue());
        assertEquals(1, whole.getInt("cdn_devices"));
    }

    @Test
    void everyBadParameterIsRefusedAtEveryLevelAndTheServerAnswersAfterwards() {
        PortalClient c = client();
        long game = StreamstatsRows.newGame("Bad");
        StatsApi api = StatsApi.token(c, "game", game, "viewer");
        for (String level : new String[]{"", "/channels/c", "/channels/c/streams/s"}) {
            for (String path : new String[]{level + "/summary", level + "/summary/agg"}) {
                for (String time : new String[]{"", "?time=", "?time=1m", "?time=LIVE", "?time=24H", "?time=live%00"}) {
                    api.refused(path + time, TimeWindow.MESSAGE);
                }
                api.refused(path + "?time=live&game_id=abc", "game_id must name a game: a whole number");
                api.refused(path + "?time=live&game_id=-1", "game_id must name a game: a whole number");
            }
            String summary = level + "/summary?time=live";
            api.refused(summary + "&page=0", Paging.PAGE_WITHOUT_PER_PAGE);
            for (String perPage : new String[]{"0", "1001", "-1", "+5", "1e3", "abc", "", "99999999", "%EF%BC%95"}) {
                api.refused(summary + "&per_page=" + perPage, Paging.PER_PAGE_MESSAGE);
            }
            for (String page : new String[]{"-1", "1000001", "1e3", "x", "", " 1"}) {
                api.refused(summary + "&per_page=5&page=" + page.replace(" ", "%20"), Paging.PAGE_MESSAGE);
            }
        }
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, api.array("/summary?time=live"));
    }

    /** The seed's sample figures in 5 seconds from {@code t}: 2 cdn and 9 p2p devices playing 5 s each, 40 000 and 180 000 kbps. */
    private static StreamstatsRows.Rendition sample(StreamstatsRows rows, String channel, long t) {
        StreamstatsRows.Rendition r = rows.rendition(channel, STREAM, URI, "4000", "2 of 4");
        rows.rollup(r, t, "cdn_bytes", 25_000_000L, "p2p_bytes", 112_500_000L, "beacons_cdn", 2L, "beacons_p2p", 9L,
                "played_ms_cdn", 10_000L, "played_ms_p2p", 45_000L);
        for (int i = 0; i < 2; i++) {
            rows.device(r, "cdn-" + i, t, 5_000, false, false, "MAC", "CHROME", "WIFI");
        }
        for (int i = 0; i < 9; i++) {
            rows.device(r, "p2p-" + i, t, 5_000, true, false, "LINUX", "FIREFOX", "WIFI");
        }
        return r;
    }

    private static BigDecimal kbps(long bytes, long lengthMs) {
        BigDecimal d = BigDecimal.valueOf(bytes * 8.0 / lengthMs).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private static List<String> keys(JsonArray rows, String key) {
        return rows.getValuesAs(JsonObject.class).stream().map(o -> o.getString(key)).toList();
    }

    private static void assertPage(JsonArray answer, int totalPages, int page, List<String> channels) {
        assertEquals(1, answer.size(), answer.toString());
        JsonObject wrap = answer.getJsonObject(0);
        assertEquals(List.of(totalPages, page), List.of(wrap.getInt("total_pages"), wrap.getInt("page")), wrap.toString());
        assertEquals(channels, keys(wrap.getJsonArray("results"), "channel_id"));
    }
}
