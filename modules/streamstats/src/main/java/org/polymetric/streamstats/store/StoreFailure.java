package org.polymetric.streamstats.store;

/** The database did not answer a read; the API answers 503 rather than a partial figure. */
public final class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreFailure(String what, Throwable cause) {
        super(what, cause);
    }
}
