package org.polymetric.counters.domain;

/** A {@code start}/{@code end} pair that names no range: a date that does not parse, or a start not before the end. */
public final class InvalidTimeRange extends IllegalArgumentException {
    private final String parameter;

    public InvalidTimeRange(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The query parameter to blame: {@code start} or {@code end}. */
    public String parameter() {
        return parameter;
    }
}
