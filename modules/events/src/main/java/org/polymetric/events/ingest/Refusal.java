package org.polymetric.events.ingest;

/**
 * A request Countly turns down, with its HTTP status and its exact {@code result} string: a
 * write of which nothing is stored, or a read that answers no data.
 */
public final class Refusal extends RuntimeException {
    private final int status;

    public Refusal(int status, String result) {
        super(result, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String result() {
        return getMessage();
    }

    public static Refusal missing(String what) {
        return new Refusal(400, "Missing parameter \"" + what + "\"");
    }

    /** The database or the write queue did not answer in time: SDKs retry a busy server. */
    public static Refusal busy() {
        return new Refusal(503, "Server is busy, try again later");
    }

    public static Refusal invalid(String what) {
        return new Refusal(400, "Invalid parameter \"" + what + "\"");
    }
}
