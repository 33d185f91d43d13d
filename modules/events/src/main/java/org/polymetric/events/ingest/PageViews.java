package org.polymetric.events.ingest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * Countly's page views: {@code [CLY]_view} events whose {@code segmentation.name} names the
 * view. The SDK sends one with {@code visit: 1} when a view opens and another for the same name
 * with {@code dur} when it closes, so only the first counts a view and the second adds its
 * duration. {@code visit}, {@code start}, {@code exit} and {@code bounce} are those markers,
 * not segments: they are not kept as segment values.
 */
final class PageViews {
    static final String KEY = "[CLY]_view";
    static final Set<String> MARKERS = Set.of("visit", "start", "exit", "bounce");

    private PageViews() {
    }

    /** Whether the event's segmentation opens a view ({@code visit} is 1, "1" or true). */
    static boolean opensView(JsonValue segmentation) {
        if (!(segmentation instanceof JsonObject s)) {
            return false;
        }
        JsonValue visit = s.get("visit");
        return visit == JsonValue.TRUE
                || visit instanceof JsonNumber n && n.doubleValue() == 1
                || visit instanceof JsonString str && str.getString().strip().equals("1");
    }
}
