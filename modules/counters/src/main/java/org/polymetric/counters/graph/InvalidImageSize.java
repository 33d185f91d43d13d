package org.polymetric.counters.graph;

/** A {@code width} or {@code height} a graph request may not ask for: not a whole number, or outside 1..1600. */
public final class InvalidImageSize extends IllegalArgumentException {
    private final String parameter;

    public InvalidImageSize(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The query parameter to blame: {@code width} or {@code height}. */
    public String parameter() {
        return parameter;
    }
}
