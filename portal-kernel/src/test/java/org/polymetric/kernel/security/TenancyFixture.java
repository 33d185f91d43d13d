package org.polymetric.kernel.security;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.polymetric.kernel.tenancy.Containment;
import org.polymetric.kernel.tenancy.ResourceType;

/**
 * A fixed tenancy tree standing in for the database, for the permission tests:
 * <pre>
 * organization 1
 *   studio 10: games 100, 101
 *   studio 11: game 110
 * organization 2
 *   studio 20: game 200
 * </pre>
 * Any other id does not exist.
 */
final class TenancyFixture implements BiFunction<ResourceType, Long, Optional<Containment>> {
    final AtomicInteger lookups = new AtomicInteger();

    @Override
    public Optional<Containment> apply(ResourceType type, Long id) {
        lookups.incrementAndGet();
        return switch (type) {
            case ORGANIZATION -> id == 1 || id == 2 ? Optional.of(new Containment(id, null, null)) : Optional.empty();
            case STUDIO -> studioOrganization(id).map(org -> new Containment(org, id, null));
            case GAME -> gameStudio(id).flatMap(studio -> studioOrganization(studio)
                    .map(org -> new Containment(org, studio, id)));
        };
    }

    private static Optional<Long> studioOrganization(long studio) {
        if (studio == 10 || studio == 11) {
            return Optional.of(1L);
        }
        return studio == 20 ? Optional.of(2L) : Optional.empty();
    }

    private static Optional<Long> gameStudio(long game) {
        if (game == 100 || game == 101) {
            return Optional.of(10L);
        }
        if (game == 110) {
            return Optional.of(11L);
        }
        return game == 200 ? Optional.of(20L) : Optional.empty();
    }
}
