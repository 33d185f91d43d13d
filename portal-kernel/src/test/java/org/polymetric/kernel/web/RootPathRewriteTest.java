package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RootPathRewriteTest {
    private static final Map<String, String> ROOTS = Map.of("i", "events", "o", "events");

    @Test
    void aRootPathAndWhatFollowsItGoToTheModulesApi() {
        assertEquals("/api/events/i", RootPathRewrite.target("/i", ROOTS));
        assertEquals("/api/events/i/bulk", RootPathRewrite.target("/i/bulk", ROOTS));
        assertEquals("/api/events/o/analytics/dashboard", RootPathRewrite.target("/o/analytics/dashboard", ROOTS));
    }

    @Test
    void otherPathsStay() {
        assertNull(RootPathRewrite.target("/", ROOTS));
        assertNull(RootPathRewrite.target("/io", ROOTS));
        assertNull(RootPathRewrite.target("/invite/abc", ROOTS));
        assertNull(RootPathRewrite.target("/api/events/i", ROOTS));
        assertNull(RootPathRewrite.target("/i", Map.of()));
    }
}
