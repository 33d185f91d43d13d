package org.polymetric.streamstats.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.polymetric.streamstats.domain.Source;

class SeriesPathTest {
    /** The template's regular expression, as JAX-RS matches it. */
    private static final Pattern MATCHED = Pattern.compile(SeriesPath.TEMPLATE.substring("{series: ".length(),
            SeriesPath.TEMPLATE.length() - 1));

    @Test
    void everySeedPathWithOrWithoutStatsAndLastPoint() {
        for (String p : new String[]{"stats/throughput/agg", "throughput/agg/last_point", "stats/buffer_health/avg/last_point",
                "rebuffering/ratio", "stats/content_request_response_times/avg", "stats/content_request_response_time/avg/last_point",
                "buffer_filling_rate/avg", "stats/dropped_frames/avg", "stats/os", "platforms/last_point", "connection_types"}) {
            assertTrue(MATCHED.matcher(p).matches(), p);
            SeriesPath.of(p);
        }
        assertFalse(MATCHED.matcher("stats/stats/os").matches());
        assertFalse(MATCHED.matcher("stats/throughput").matches());
        assertEquals(SeriesPath.RESPONSE_TIMES, SeriesPath.of("content_request_response_time/avg/last_point"));
        assertTrue(SeriesPath.lastPoint("stats/os/last_point"));
    }

    @Test
    void fieldNamesAsTheSeedWritesThem() {
        assertEquals("agg_throughput_cdn", SeriesPath.THROUGHPUT.field(Source.CDN));
        assertEquals("avg_buffer_health_p2p", SeriesPath.BUFFER_HEALTH.field(Source.P2P));
        assertEquals("rebuffering_ratio", SeriesPath.REBUFFERING.field(Source.P2P));
        assertEquals("avg_content_request_response_times_p2p", SeriesPath.RESPONSE_TIMES.field(Source.P2P));
        assertEquals("avg_buffer_filling_rate_cdn", SeriesPath.FILLING_RATE.field(Source.CDN));
        assertEquals("avg_dropped_frames_p2p", SeriesPath.DROPPED_FRAMES.field(Source.P2P));
    }

    @Test
    void numbersAreWholeWhenTheyCanBe() {
        assertEquals("40000", StatsJson.number(40_000.0, 3).toString());
        assertEquals("3.4", StatsJson.number(3.4, 3).toString());
        assertEquals("0.333", StatsJson.number(1.0 / 3, 3).toString());
        assertEquals("0", StatsJson.number(0.0, 3).toString());
    }
}
