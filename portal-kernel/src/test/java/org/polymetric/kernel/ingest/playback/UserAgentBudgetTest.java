package org.polymetric.kernel.ingest.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UserAgentBudgetTest {
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final UserAgentBudget budget = new UserAgentBudget(nanos::get);

    private int allowed(String address, int asks) {
        int n = 0;
        for (int i = 0; i < asks; i++) {
            if (budget.allow(address)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void oneAddressGetsItsBurstThenItsRate() {
        assertEquals(UserAgentBudget.PER_ADDRESS_BURST, allowed("203.0.113.1", 100));
        assertFalse(budget.allow("203.0.113.1"));
        nanos.addAndGet(1_000_000_000L);
        assertEquals(UserAgentBudget.PER_ADDRESS_PER_SECOND, allowed("203.0.113.1", 100));
        assertTrue(budget.allow("203.0.113.2"), "another address has its own budget");
    }

    @Test
    void manyAddressesTogetherGetTheServersBudget() {
        int n = 0;
        for (int a = 0; a < 1000; a++) {
            n += allowed("198.51.100." + a, 3);
        }
        assertEquals(UserAgentBudget.IN_ALL_BURST, n);
        nanos.addAndGet(1_000_000_000L);
        n = 0;
        for (int a = 1000; a < 2000; a++) {
            n += allowed("2001:db8::" + a, 3);
        }
        assertEquals(UserAgentBudget.IN_ALL_PER_SECOND, n);
    }

    @Test
    void aRefusalByTheServersBudgetCostsTheAddressNothing() {
        for (int a = 0; a < UserAgentBudget.IN_ALL_BURST; a++) {
            assertTrue(budget.allow("192.0.2." + a));
        }
        assertFalse(budget.allow("203.0.113.9"));
        nanos.addAndGet(1_000_000_000L);
        // the server's bucket refilled by its rate; the address still holds its whole burst
        assertEquals(UserAgentBudget.PER_ADDRESS_BURST, allowed("203.0.113.9", UserAgentBudget.PER_ADDRESS_BURST));
    }
}
