package org.polymetric.counters.service;

/**
 * A counters request refused whole, and nothing stored: the HTTP status, the sentence the caller
 * reads and, for a write, the line to blame. Services and parsers throw it; one mapper
 * ({@code api.CountersRefusalMapper}) answers it in Photon's error shape, so no resource writes an
 * error body itself.
 */
public final class CountersRefusal extends RuntimeException {
    private final int status;
    private final int line;

    private CountersRefusal(int status, String message, int line) {
        // refusals are answers, not faults: no stack trace to fill in on a hostile request
        super(message, null, false, false);
        this.status = status;
        this.line = line;
    }

    /** 400: input the API does not take. */
    public static CountersRefusal badRequest(String message) {
        return new CountersRefusal(400, message, 0);
    }

    /** 404: a path, organization or series that is unknown or that the caller may not see (the answer does not tell which). */
    public static CountersRefusal notFound(String message) {
        return new CountersRefusal(404, message, 0);
    }

    /** 413: a body over the endpoint's limit. */
    public static CountersRefusal tooLarge(String message) {
        return new CountersRefusal(413, message, 0);
    }

    /** A write refused because of one line (1-based): 400 for what cannot be stored, 403 for what the caller may not write. */
    public static CountersRefusal atLine(int status, String message, int line) {
        return new CountersRefusal(status, message, line);
    }

    public int status() {
        return status;
    }

    /** The write's line to blame, 1-based; 0 when the request as a whole is at fault. */
    public int line() {
        return line;
    }
}
