package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import org.polymetric.kernel.module.PortalModule;
import org.junit.jupiter.api.Test;

class DialectErrorsTest {
    private final DialectErrors errors = new DialectErrors();

    DialectErrorsTest() {
        PortalModule countly = new PortalModule() {
            @Override
            public String id() {
                return "events";
            }

            @Override
            public String displayName() {
                return "Events";
            }

            @Override
            public String errorJson(String message) {
                return "{\"result\":\"" + message + "\"}";
            }
        };
        PortalModule plain = new PortalModule() {
            @Override
            public String id() {
                return "counters";
            }

            @Override
            public String displayName() {
                return "Counters";
            }
        };
        errors.use(java.util.List.of(countly, plain), new HashMap<>(java.util.Map.of("i", "events", "o", "events")));
    }

    @Test
    void aModulesApiAndRootPathsTakeItsShape() {
        assertEquals("{\"result\":\"m\"}", errors.json("/api/events/i", "m").orElseThrow());
        assertEquals("{\"result\":\"m\"}", errors.json("/i", "m").orElseThrow());
        assertEquals("{\"result\":\"m\"}", errors.json("/o/analytics/dashboard", "m").orElseThrow());
    }

    @Test
    void otherApiPathsTakeThePortalsShape() {
        assertEquals("{\"error\":\"m\"}", errors.json("/api/counters/bulk", "m").orElseThrow());
        assertEquals("{\"error\":\"m\"}", errors.json("/api/tokens", "m").orElseThrow());
        assertEquals("{\"error\":\"m\"}", errors.json("/api", "m").orElseThrow());
    }

    @Test
    void pagesHaveNoJsonShape() {
        assertTrue(errors.json("/events/1", "m").isEmpty());
        assertTrue(errors.json("/login", "m").isEmpty());
        assertTrue(errors.json("/apix", "m").isEmpty());
        assertTrue(errors.json("/", "m").isEmpty());
    }
}
