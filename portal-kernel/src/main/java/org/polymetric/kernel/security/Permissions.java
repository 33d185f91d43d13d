package org.polymetric.kernel.security;

import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.tenancy.ResourceType;

/** Builds the permission strings services check, so that no caller spells them by hand. */
public final class Permissions {
    /** Portal administrators manage organizations. */
    public static final String PORTAL_ADMIN = "portal:admin";

    private Permissions() {
    }

    public static String of(ResourceType resource, AccessLevel level, long id) {
        return resource.word() + ":" + level.action() + ":" + id;
    }

    public static String viewGame(long gameId) {
        return of(ResourceType.GAME, AccessLevel.VIEWER, gameId);
    }

    public static String adminGame(long gameId) {
        return of(ResourceType.GAME, AccessLevel.ADMIN, gameId);
    }

    public static String viewOrganization(long organizationId) {
        return of(ResourceType.ORGANIZATION, AccessLevel.VIEWER, organizationId);
    }
}
