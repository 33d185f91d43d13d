package org.polymetric.portal.streamstats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;
import org.polymetric.streamstats.domain.Source;
import org.polymetric.streamstats.domain.TimeWindow;

/**
 * The {@code /stats/...} series and their {@code /last_point} at the three levels, with and
 * without the {@code /stats} prefix: the seed's samples as golden answers, points summing their
 * buckets, breakdowns from hour and day rows, rendition filters, unknown places, bad parameters.
 */
class StreamstatsSeriesIT extends PortalIT {
    private static final String STREAM = "0x78e31cc7";
    private static final String[] LEVELS = {"", "/channels/news", "/channels/news/streams/" + STREAM};
    private static final String[][] SAMPLES = {
            {"throughput/agg", "?source=cdn", "throughput.json"},
            {"buffer_health/avg", "?source=p2p", "buffer-health.json"},
            {"rebuffering/ratio", "?source=cdn", "rebuffering.json"},
            {"content_request_response_times/avg", "?source=p2p", "response-times.json"},
            {"buffer_filling_rate/avg", "?source=cdn", "filling-rate.json"},
            {"dropped_frames/avg", "?source=p2p", "dropped-frames.json"},
            {"os", "?", "os.json"},
            {"platforms", "?", "platforms.json"},
            {"connection_types", "?", "connection-types.json"}};

    @Test
    void liveSeriesAreTheSeedsSamplesAtEveryLevelWithAndWithoutStats() {
        PortalClient c = client();
        long game = StreamstatsRows.newGame("Live");
        StatsApi api = StatsApi.token(c, "game", game, "viewer");
        StreamstatsRows rows = new StreamstatsRows(game);
        StreamstatsRows.Rendition r = rows.rendition("news", STREAM, "http://my_manifest.m3u8", "4000", "2 of 4");
        long t = StreamstatsRows.liveAhead();
        rows.rollup(r, t, "cdn_bytes", 62_500_000L, "beacons_cdn", 1L, "played_ms_cdn", 5_000L, "rebuffered_ms_cdn", 500L,
                "filling_rate_sum_cdn", 3.4, "filling_rate_count_cdn", 1L, "beacons_p2p", 1L, "buffer_health_sum_p2p", 100_000L,
                "buffer_health_count_p2p", 1L, "dropped_frames_p2p", 0L, "response_time_sum_p2p", 1L, "response_time_count_p2p", 1L);
        rows.device(r, "d1", t, 5_000, false, false, "mac", "Firefox", "ethernet");
        rows.device(r, "d2", t, 5_000, false, false, "LINUX", "CHROME", "WIFI");
        rows.device(r, "d3", t, 5_000, true, false, "LINUX", "CHROME", "WIFI");
        rows.device(r, "d4", t, 5_000, false, true, "WINDOWS", "ANDROID", "CELLULAR");
        StreamstatsRows.awaitLive(t);

        for (String[] sample : SAMPLES) {
            String query = sample[1] + "&time=live";
            StatsApi.assertGolden(sample[2], api.array("/stats/" + sample[0] + query), t);
            StatsApi.assertGolden(sample[2], api.array(LEVELS[1] + "/" + sample[0] + query), t);
            StatsApi.assertGolden(sample[2], api.array(LEVELS[2] + "/stats/" + sample[0] + "/last_point" + query), t);
        }
        StatsApi.assertGolden("response-times.json", api.array("/stats/content_request_response_time/avg/last_point?source=p2p&time=live"), t);
        // 10m: the same 5 s, the only point with rows
        StatsApi.assertGolden("throughput.json", api.array("/stats/throughput/agg?source=cdn&time=10m"), t);
        StatsApi.assertGolden("os.json", api.array(LEVELS[2] + "/os?time=10m&bitrate=4000"), t);
    }

    /**
     * Longer windows: a point sums its buckets ({@code 1M}'s 6 hours), throughput is its bytes over
     * its spacing, means add sums and counts; a mean without beacons of the source is null.
     */
    @Test
    void pointsSumTheirBucketsAndSpreadTheirBytesOverTheirSpacing() {
        PortalClient c = client();
        long studio = Fixtures.studio(Fixtures.organization(Fixtures.unique("Stats points")), "Video");
        long now = System.currentTimeMillis();
        // one game per window, so that a window holds only its own rows
        long month = Math.floorDiv(StreamstatsRows.middle("1M", now), 21_600_000L) * 21_600_000L;
        StatsApi monthly = twoHours(c, studio, month);
        long week = Math.floorDiv(StreamstatsRows.middle("1w", now), StreamstatsRows.HOUR) * StreamstatsRows.HOUR;
        StatsApi weekly = twoHours(c, studio, week);
        long dayGame = Fixtures.game(studio, "24h");
        StatsApi daily = StatsApi.token(c, "game", dayGame, "viewer");
        StreamstatsRows rows = new StreamstatsRows(dayGame);
        StreamstatsRows.Rendition r = rows.rendition("news", STREAM, "http://m", "4000", "2 of 4");
        long day = Math.floorDiv(StreamstatsRows.middle("24h", now), 300_000L) * 300_000L;
        rows.rollupAt(r, 300, day, "cdn_bytes", 37_500_000L);
        rows.device(r, "d1", day, 1_000, false, false, "MAC", "CHROME", "WIFI");
        rows.device(r, "d1", day + 60_000, 1_000, false, false, "MAC", "CHROME", "WIFI");
        // the same device in another rendition of the stream in the same point: still one device
        rows.device(rows.rendition("news", STREAM, "http://m", "800", "1 of 4"), "d1", day, 1_000, false, false, "MAC", "CHROME",
                "WIFI");

        for (String level : LEVELS) {
            assertEquals(points(month, "agg_throughput_cdn", 3000), monthly.array(level + "/stats/throughput/agg?time=1M&source=cdn"));
            assertEquals(points(month, "avg_buffer_health_cdn", 200),
                    monthly.array(level + "/stats/buffer_health/avg?time=1M&source=cdn"));
            assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("datetime", month)
                    .addNull("avg_buffer_health_p2p")).build(), monthly.array(level + "/stats/buffer_health/avg?time=1M&source=p2p"));
            assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("datetime", month).add("rebuffering_ratio", 0.075))
                    .build(), monthly.array(level + "/stats/rebuffering/ratio?time=1M&source=cdn"));
            assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("datetime", month).add("rebuffering_ratio", 0))
                    .build(), monthly.array(level + "/stats/rebuffering/ratio?time=1M&source=p2p"));
            assertEquals(Json.createArrayBuilder(points(week, "agg_throughput_cdn", 6000))
                    .add(points(week + StreamstatsRows.HOUR, "agg_throughput_cdn", 12000).get(0)).build(),
                    weekly.array(level + "/stats/throughput/agg?time=1w&source=cdn"));
            assertEquals(points(day, "agg_throughput_cdn", 1000), daily.array(level + "/stats/throughput/agg?time=24h&source=cdn"));
            // breakdowns: 6-hour and hour points from day rows, 5-minute points from hour rows (one device in both minutes
            // and two renditions)
            assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("datetime", month)
                    .add("operating_systems", Json.createObjectBuilder().add("MAC", 2))).build(),
                    monthly.array(level + "/stats/os?time=1M"));
            assertEquals(Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("datetime", week).add("platforms", Json.createObjectBuilder().add("CHROME", 1)))
                    .add(Json.createObjectBuilder().add("datetime", week + StreamstatsRows.HOUR)
                            .add("platforms", Json.createObjectBuilder().add("CHROME", 1))).build(),
                    weekly.array(level + "/stats/platforms?time=1w"));
            assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("datetime", day)
                    .add("connection_types", Json.createObjectBuilder().add("WIFI", 1))).build(),
                    daily.array(level + "/stats/connection_types?time=24h"));
        }
        // the last point of a window with nothing in it: empty
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, monthly.array("/stats/throughput/agg/last_point?time=1M&source=cdn"));
    }

    /**
     * A game with rows in the hours from {@code point} and the next: 2.7 and 5.4 GB over the cdn,
     * buffer health 100 and 300 ms, 10 of 1 000 and 290 of 3 000 ms rebuffered, a device in each.
     */
    private static StatsApi twoHours(PortalClient c, long studio, long point) {
        long game = Fixtures.game(studio, "Hours from " + point);
        StreamstatsRows rows = new StreamstatsRows(game);
        StreamstatsRows.Rendition r = rows.rendition("news", STREAM, "http://m", "4000", "2 of 4");
        rows.rollupAt(r, 3600, point, "cdn_bytes", 2_700_000_000L, "buffer_health_sum_cdn", 100L, "buffer_health_count_cdn", 1L,
                "beacons_cdn", 1L, "played_ms_cdn", 1_000L, "rebuffered_ms_cdn", 10L);
        rows.rollupAt(r, 3600, point + StreamstatsRows.HOUR, "cdn_bytes", 5_400_000_000L, "buffer_health_sum_cdn", 300L,
                "buffer_health_count_cdn", 1L, "beacons_cdn", 1L, "played_ms_cdn", 3_000L, "rebuffered_ms_cdn", 290L);
        rows.device(r, "d1", point, 1_000, false, false, "MAC", "CHROME", "WIFI");
        rows.device(r, "d2", point + StreamstatsRows.HOUR, 1_000, false, false, "MAC", "CHROME", "WIFI");
        return StatsApi.token(c, "game", game, "viewer");
    }

    @Test
    void unknownPlacesAreEmptyAndBadParametersAreRefused() {
        PortalClient c = client();
        long game = StreamstatsRows.newGame("Refusals");
        StatsApi api = StatsApi.token(c, "game", game, "viewer");
        StreamstatsRows rows = new StreamstatsRows(game);
        StreamstatsRows.Rendition r = rows.rendition("news", STREAM, "http://m", "4000", "2 of 4");
        long t = StreamstatsRows.middle("1h", System.currentTimeMillis());
        rows.rollup(r, t, "cdn_bytes", 1_000L);
        rows.device(r, "d1", t, 1_000, false, false, "MAC", "CHROME", "WIFI");

        for (String series : new String[]{"throughput/agg", "rebuffering/ratio", "os"}) {
            String q = "?time=1h&source=cdn";
            for (String place : new String[]{"/channels/nope", "/channels/news/streams/nope", "/channels/nope/streams/" + STREAM}) {
                assertEquals(JsonValue.EMPTY_JSON_ARRAY, api.array(place + "/stats/" + series + q), place + " " + series);
            }
            for (String filter : new String[]{"&bitrate=800", "&representation_id=1%20of%204", "&bitrate=4000&representation_id=x"}) {
                assertEquals(JsonValue.EMPTY_JSON_ARRAY, api.array(LEVELS[2] + "/stats/" + series + q + filter), series + filter);
            }
            assertEquals(1, api.array(LEVELS[2] + "/stats/" + series + q + "&bitrate=4000").size(), series);
            // the filters only apply at the stream level
            assertEquals(1, api.array(LEVELS[1] + "/stats/" + series + q + "&bitrate=800").size(), series);
        }
        // hostile keys (long, non-ASCII, a NUL in a parameter) name nothing: empty answers, fast
        for (String place : new String[]{"/channels/" + "x".repeat(2000), "/channels/%F0%9F%98%80/streams/%E2%80%8B",
                "/channels/news/streams/" + "%C3%A9".repeat(300)}) {
            long start = System.nanoTime();
            assertEquals(JsonValue.EMPTY_JSON_ARRAY, api.array(place + "/stats/throughput/agg?time=1h&source=cdn"));
            assertEquals(JsonValue.EMPTY_JSON_ARRAY, api.array(place + "/os?time=1h&bitrate=%00" + "9".repeat(500)));
            assertEquals(JsonValue.EMPTY_JSON_ARRAY, api.array(place + "/summary/agg?time=24h"));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 3_000, place.length() + " characters took " + ms + " ms");
        }
        for (String level : LEVELS) {
            // a token per level: the refusals below are more calls than the API's rate limit allows one token a minute
            StatsApi refused = StatsApi.token(c, "game", game, "viewer");
            for (String series : new String[]{"throughput/agg", "buffer_health/avg", "rebuffering/ratio",
                    "content_request_response_times/avg", "buffer_filling_rate/avg", "dropped_frames/avg"}) {
                for (String source : new String[]{"", "&source=", "&source=CDN", "&source=both", "&source=p2p%20"}) {
                    refused.refused(level + "/stats/" + series + "?time=1h" + source, Source.MESSAGE);
                }
                refused.refused(level + "/" + series + "/last_point?source=cdn&time=1m", TimeWindow.MESSAGE);
            }
            for (String series : new String[]{"os", "platforms", "connection_types"}) {
                refused.refused(level + "/stats/" + series, TimeWindow.MESSAGE);
                refused.refused(level + "/stats/" + series + "/last_point?time=week", TimeWindow.MESSAGE);
            }
            for (String unknown : new String[]{"/stats/throughput", "/stats/stats/os", "/stats/os/first_point", "/stats/bandwidth/agg"}) {
                HttpResponse<String> nope = refused.get(level + unknown + "?time=1h&source=cdn");
                assertEquals(404, nope.statusCode(), level + unknown + ": " + nope.body());
            }
        }
        assertEquals(1, api.array("/stats/throughput/agg?time=1h&source=cdn").size());
    }

    private static JsonArray points(long datetime, String field, long value) {
        return Json.createArrayBuilder().add(Json.createObjectBuilder().add("datetime", datetime).add(field, value)).build();
    }
}
