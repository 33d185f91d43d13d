package org.polymetric.events.read;

/** A read Countly turns down: its status and exact {@code result} string. */
public final class ReadRefusal extends RuntimeException {
    private final int status;

    public ReadRefusal(int status, String result) {
        super(result, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String result() {
        return getMessage();
    }
}
