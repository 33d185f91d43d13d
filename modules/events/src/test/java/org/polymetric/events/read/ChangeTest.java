package org.polymetric.events.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChangeTest {
    @Test
    void aChangeWithNothingBeforeIsNeutralThoughCountlyCallsItAnUpTrend() {
        assertEquals("NA", Change.of(5, 5, 0).get("change"));
        assertEquals("u", Change.of(5, 5, 0).get("trend"), "Countly's answer is kept");
        assertEquals("neutral", Change.direction(Change.of(5, 5, 0)));
    }

    @Test
    void noChangeIsNeutralAndARiseOrFallHasItsDirection() {
        assertEquals("neutral", Change.direction(Change.of(4, 4, 4)));
        assertEquals("neutral", Change.direction(Change.of(10000, 10000, 10001)), "rounds to 0.0%");
        assertEquals("up", Change.direction(Change.of(6, 6, 4)));
        assertEquals("down", Change.direction(Change.of(3, 3, 4)));
        assertEquals("down", Change.direction(Change.of(0, 0, 4)), "nothing now after something before is a fall");
    }
}
