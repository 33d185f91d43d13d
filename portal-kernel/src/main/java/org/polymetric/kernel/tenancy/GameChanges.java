package org.polymetric.kernel.tenancy;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.polymetric.kernel.Beans;

/**
 * Tells {@link GameDirectory} of a game written through JPA on this instance, so that its own
 * lookups see the change at once rather than within the versions' window.
 */
public class GameChanges {
    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Game game) {
        Beans.get(GameDirectory.class).changed(game.getId(), game.getKey());
    }
}
