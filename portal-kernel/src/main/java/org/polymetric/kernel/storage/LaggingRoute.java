package org.polymetric.kernel.storage;

import jakarta.enterprise.context.RequestScoped;
import java.util.OptionalLong;

/**
 * Where one request's reads that may lag go, chosen once when a {@link MayLag} resource is
 * called, so that every read of the request comes from one server (a version read and the rows
 * it versions agree) and the answer's header says what its reads did. Unchosen, they go to the
 * primary.
 */
@RequestScoped
public class LaggingRoute {
    private boolean chosen;
    private OptionalLong staleness = OptionalLong.empty();

    void choose(OptionalLong replicaStaleness) {
        chosen = true;
        staleness = replicaStaleness;
    }

    boolean chosen() {
        return chosen;
    }

    /** Seconds the request's data may be old, when its reads go to the replica; empty otherwise. */
    public OptionalLong staleness() {
        return staleness;
    }
}
