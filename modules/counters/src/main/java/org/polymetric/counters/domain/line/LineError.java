package org.polymetric.counters.domain.line;

/**
 * Why a write request is refused whole: the first line that cannot be stored, its 1-based number
 * and what is wrong with it, ready for the 400 body {@code {"error": true, "message", "line"}}.
 */
public final class LineError extends Exception {
    /** What is wrong, by class; the message says it for the sender. */
    public enum Kind {
        /** Not line protocol: no field set, a backslash ending the line, a bad number or timestamp, a tag without value… */
        SYNTAX,
        /** A field other than {@code value}, or {@code value} twice. */
        UNKNOWN_FIELD,
        /** A boolean or string {@code value}: counters are numbers. */
        FIELD_TYPE,
        /** {@code NaN}, {@code Inf}, or a float too large for a double. */
        NON_FINITE,
        /** No {@code appid} on an app counter or {@code hash} on a license counter, or no {@code region} on an app counter. */
        MISSING_TAG,
        /** Both {@code appid} and {@code hash}. */
        BOTH_KEYS,
        /** A license counter with app tags, or an app counter with {@code hash}. */
        WRONG_KIND,
        /** A measurement that is none of the seed's counter names. */
        UNKNOWN_COUNTER,
        /** A region that is none of Photon's tokens. */
        UNKNOWN_REGION,
        /** A timestamp before 2000 or too far after now (often the wrong {@code precision}). */
        TIMESTAMP_OUT_OF_RANGE,
        /** More points than one request may carry. */
        TOO_MANY_LINES
    }

    private final int line;
    private final Kind kind;

    public LineError(int line, Kind kind, String message) {
        super(message, null, false, false);
        this.line = line;
        this.kind = kind;
    }

    /** The 1-based number of the line in the body (blank and comment lines counted). */
    public int line() {
        return line;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public String toString() {
        return "line " + line + ": " + getMessage() + " (" + kind + ")";
    }
}
