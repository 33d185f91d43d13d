package org.polymetric.streamstats.domain;

/**
 * A query parameter the Stats API refuses; its message is the sentence the 400 answer carries.
 * Stackless: a refusal is an answer, not a fault, and a hostile client must not make us fill traces.
 */
public final class BadParameter extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadParameter(String message) {
        super(message, null, false, false);
    }
}
