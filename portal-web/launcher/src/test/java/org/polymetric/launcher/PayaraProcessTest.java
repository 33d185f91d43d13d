package org.polymetric.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.overload.Budget;

class PayaraProcessTest {
    private static final String POOL = "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.";

    @Test
    void theWorkerQueueIsUnboundedAndTheWorkersExceedTheApisShare() {
        // the default lane limit: two lanes' worth for the API, 64 more for pages, health and refusals
        assertEquals(576, Budget.httpWorkers(256));
        assertEquals(List.of(POOL + "max-queue-size=-1", POOL + "max-thread-pool-size=576"),
                PayaraProcess.preboot(Budget.httpWorkers(256)));
    }

    @Test
    void withoutALimitPayaraKeepsItsOwnWorkersButNotItsQueueBound() {
        assertEquals(0, Budget.httpWorkers(0));
        assertEquals(List.of(POOL + "max-queue-size=-1"), PayaraProcess.preboot(0));
    }
}
