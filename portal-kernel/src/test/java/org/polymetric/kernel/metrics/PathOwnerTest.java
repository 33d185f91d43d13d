package org.polymetric.kernel.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PathOwnerTest {
    private final PathOwner owner = new PathOwner(Set.of("events", "export"), Map.of("i", "events", "o", "events"));

    @Test
    void apiPathsBelongToTheirModule() {
        assertEquals("events", owner.of("/api/events/i"));
        assertEquals("export", owner.of("/api/export/v1/export"));
        assertEquals("export", owner.of("/api/export"));
    }

    @Test
    void pagesAndRootPathsBelongToTheirModule() {
        assertEquals("events", owner.of("/events/games/3"));
        assertEquals("events", owner.of("/i"));
        assertEquals("events", owner.of("/o/analytics/dashboard"));
    }

    @Test
    void everythingElseIsTheKernel() {
        for (String path : new String[] {"/", "", "/api", "/api/", "/api/ingest/playback", "/api/tokens", "/login",
                "/api/eventsx/i", "/eventsx", "/api/Events/i", "/static/app.css", "/metrics", "/" + "x".repeat(5000)}) {
            assertEquals(PathOwner.KERNEL, owner.of(path), path);
        }
    }
}
