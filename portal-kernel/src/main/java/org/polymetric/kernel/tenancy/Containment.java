package org.polymetric.kernel.tenancy;

/**
 * Where a resource sits in the tenancy tree. For an organization only {@code organizationId} is
 * set; for a studio also {@code studioId}; for a game all three.
 */
public record Containment(long organizationId, Long studioId, Long gameId) {

    /** True when a grant on {@code type}/{@code id} covers this resource. */
    public boolean isWithin(ResourceType type, long id) {
        return switch (type) {
            case ORGANIZATION -> organizationId == id;
            case STUDIO -> studioId != null && studioId == id;
            case GAME -> gameId != null && gameId == id;
        };
    }
}
