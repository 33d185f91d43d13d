package org.polymetric.counters.api;

/** A request the counters API cannot answer at all: its status and message. */
public final class QueryRefusal extends RuntimeException {
    private final int status;

    public QueryRefusal(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
