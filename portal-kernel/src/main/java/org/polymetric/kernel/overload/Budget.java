package org.polymetric.kernel.overload;

/**
 * How the server's HTTP workers are shared, from {@code POLYMETRIC_API_CONCURRENCY} (a lane's limit):
 * all lanes together serve at most {@link #apiTotal} API requests, and the launcher gives Payara
 * {@link #httpWorkers} workers, so {@link #RESERVED} of them are always left for what is in no lane
 * (pages, health, {@code /metrics}) and for answering the refusals. One flooded lane takes at most
 * half of the API's share; the others keep the rest.
 */
public final class Budget {
    /** Workers no API request may take. */
    public static final int RESERVED = 64;

    private Budget() {
    }

    /** API requests in flight across every lane at most. */
    public static int apiTotal(int laneLimit) {
        return 2 * laneLimit;
    }

    /** Payara's http-thread-pool size for {@code laneLimit}; 0 (no limit) keeps Payara's own. */
    public static int httpWorkers(int laneLimit) {
        return laneLimit == 0 ? 0 : apiTotal(laneLimit) + RESERVED;
    }
}
