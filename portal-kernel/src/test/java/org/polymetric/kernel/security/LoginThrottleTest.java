package org.polymetric.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private static Object[] failures(long count, Duration ago) {
        return new Object[]{count, LocalDateTime.ofInstant(NOW.minus(ago), ZoneOffset.UTC)};
    }

    @Test
    void theDelayDoublesWithEachFailureUpToItsCap() {
        assertEquals(Duration.ofSeconds(4), LoginThrottle.delay(0, LoginThrottle.MAX_ACCOUNT_DELAY));
        assertEquals(Duration.ofSeconds(8), LoginThrottle.delay(1, LoginThrottle.MAX_ACCOUNT_DELAY));
        assertEquals(Duration.ofSeconds(256), LoginThrottle.delay(6, LoginThrottle.MAX_ACCOUNT_DELAY));
        assertEquals(LoginThrottle.MAX_ACCOUNT_DELAY, LoginThrottle.delay(7, LoginThrottle.MAX_ACCOUNT_DELAY));
        assertEquals(LoginThrottle.MAX_ADDRESS_DELAY, LoginThrottle.delay(Long.MAX_VALUE, LoginThrottle.MAX_ADDRESS_DELAY));
    }

    @Test
    void failuresBelowTheFreeCountCostNothing() {
        assertEquals(0, LoginThrottle.wait(failures(4, Duration.ZERO), 5, LoginThrottle.MAX_ACCOUNT_DELAY, NOW));
        assertEquals(0, LoginThrottle.wait(new Object[]{0L, null}, 5, LoginThrottle.MAX_ACCOUNT_DELAY, NOW));
    }

    @Test
    void theWaitRunsFromTheLastFailure() {
        assertEquals(4, LoginThrottle.wait(failures(5, Duration.ZERO), 5, LoginThrottle.MAX_ACCOUNT_DELAY, NOW));
        assertEquals(3, LoginThrottle.wait(failures(5, Duration.ofMillis(1500)), 5, LoginThrottle.MAX_ACCOUNT_DELAY, NOW));
        assertEquals(0, LoginThrottle.wait(failures(5, Duration.ofSeconds(4)), 5, LoginThrottle.MAX_ACCOUNT_DELAY, NOW));
        assertEquals(300, LoginThrottle.wait(failures(40, Duration.ZERO), 5, LoginThrottle.MAX_ACCOUNT_DELAY, NOW));
        assertEquals(8, LoginThrottle.wait(new Object[]{21L, java.sql.Timestamp.valueOf(LocalDateTime.ofInstant(NOW, ZoneOffset.UTC))},
                20, LoginThrottle.MAX_ADDRESS_DELAY, NOW));
    }
}
