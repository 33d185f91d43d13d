package org.polymetric.kernel.overload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanesTest {
    private final Lanes lanes = new Lanes(Set.of("events", "counters"), Map.of("i", "events", "o", "events"));

    @Test
    void aModulesApiAndItsRootPathsShareItsLane() {
        for (String path : List.of("/i", "/i/bulk", "/o", "/api/events/i", "/api/events/o/analytics/dashboard")) {
            assertEquals("events", lanes.of(path), path);
        }
        assertEquals("counters", lanes.of("/api/counters/write"));
    }

    @Test
    void thePortalsIngestHasALaneApartFromItsOtherApis() {
        assertEquals(Lanes.INGEST, lanes.of("/api/ingest/playback"));
        assertEquals(Lanes.KERNEL, lanes.of("/api/tokens"));
        assertEquals(Lanes.KERNEL, lanes.of("/api/admin/organizations"));
        // a module that is not installed owns nothing
        assertEquals(Lanes.KERNEL, lanes.of("/api/export/v1/export"));
        assertEquals(Lanes.KERNEL, lanes.of("/api"));
    }

    @Test
    void pagesHealthMetricsAndStaticFilesAreNeverShed() {
        for (String path : List.of("/", "/login", "/counters/licenses", "/events/1", "/health/ready", "/metrics",
                "/metrics/application", "/static/app.css", "/index", "/apiary", "/ingest/playback")) {
            assertNull(lanes.of(path), path);
        }
    }

    @Test
    void everyLaneIsKnownUpFront() {
        assertEquals(Set.of("counters", "events", Lanes.INGEST, Lanes.KERNEL), lanes.all());
    }
}
