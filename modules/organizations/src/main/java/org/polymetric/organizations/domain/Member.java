package org.polymetric.organizations.domain;

import java.util.Comparator;
import java.util.List;
import org.polymetric.kernel.identity.Access;
import org.polymetric.kernel.identity.User;
import org.polymetric.kernel.tenancy.ResourceType;

/** A user with access to an organization, and their grants there. */
public record Member(User user, List<Access> grants) {

    /**
     * The grant GameAnalytics reports as the user's access: the highest level, and for equal
     * levels the widest resource (organization, then studio, then game).
     */
    public Access highest() {
        return grants.stream().max(Comparator.comparing(Access::getLevel)
                .thenComparing(a -> breadth(a.getResource()))).orElseThrow();
    }

    private static int breadth(ResourceType type) {
        return switch (type) {
            case ORGANIZATION -> 3;
            case STUDIO -> 2;
            case GAME -> 1;
        };
    }
}
