package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RootPathForwardTest {
    private static final Map<String, String> ROOTS = Map.of("i", "events", "o", "events");

    @Test
    void aRootPathAndWhatFollowsItGoToTheModulesApi() {
        assertEquals("/api/events/i", RootPathForward.target("/i", ROOTS));
        assertEquals("/api/events/i/bulk", RootPathForward.target("/i/bulk", ROOTS));
        assertEquals("/api/events/o/analytics/dashboard", RootPathForward.target("/o/analytics/dashboard", ROOTS));
    }

    @Test
    void otherPathsStay() {
        assertNull(RootPathForward.target("/", ROOTS));
        assertNull(RootPathForward.target("/io", ROOTS));
        assertNull(RootPathForward.target("/invite/abc", ROOTS));
        assertNull(RootPathForward.target("/api/events/i", ROOTS));
        assertNull(RootPathForward.target("/i", Map.of()));
    }
}
