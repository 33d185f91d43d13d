package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.module.PortalModule;

class DialectErrorsTest {
    private final DialectErrors errors = new DialectErrors();

    /** A module named {@code id}; {@code shape} null keeps the portal's error shape. */
    private static PortalModule module(String id, UnaryOperator<String> shape) {
        return new PortalModule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String displayName() {
                return id;
            }

            @Override
            public String errorJson(String message) {
                return shape == null ? PortalModule.super.errorJson(message) : shape.apply(message);
            }
        };
    }

    DialectErrorsTest() {
        errors.use(List.of(module("events", m -> "{\"result\":\"" + m + "\"}"), module("counters", null)),
                Map.of("i", "events", "o", "events"));
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
