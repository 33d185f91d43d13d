package org.polymetric.counters.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.polymetric.counters.domain.License;
import org.polymetric.counters.store.LicenseStore;
import org.polymetric.counters.store.SeriesKey;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.tenancy.GameCard;
import org.polymetric.kernel.tenancy.GameDirectory;
import org.polymetric.kernel.tenancy.ResourceType;

/**
 * Finds the games and licenses a request names, and says what the caller may do with them:
 * read a game's counters with view access to it, write them as its admin; read a license's
 * counters with view access to its organization, write them as the organization's admin.
 * Games come from the kernel's cached {@link GameDirectory}, where the permission checks also
 * find their place; licenses come from {@link LicenseStore} (a license's organization is known to the
 * kernel's tenancy snapshot, where the checks find it).
 */
@ApplicationScoped
public class Owners {
    @Inject
    LicenseStore licenseRows;

    @Inject
    AccessGuard guard;

    @Inject
    GameDirectory directory;

    /** Games by key ({@code appid}, as stored); unknown keys are left out. */
    public Map<String, Owner> games(Collection<String> keys) {
        Map<String, Owner> out = new HashMap<>();
        try {
            for (GameCard g : directory.byKeys(keys).values()) {
                out.put(g.key(), new Owner(SeriesKey.GAME, g.id(), g.title(), g.organizationId(), g.studioId()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("looking up " + keys.size() + " games", e);
        }
        return out;
    }

    /** Licenses by hash; unknown hashes are left out. */
    public Map<String, Owner> licenses(Collection<String> hashes) {
        Map<String, Owner> out = new HashMap<>();
        for (License l : licenseRows.byHashes(hashes).values()) {
            out.put(l.hash(), new Owner(SeriesKey.LICENSE, l.id(), l.name(), l.organizationId(), null));
        }
        return out;
    }

    public boolean mayRead(Owner owner) {
        return guard.can(permission(owner, AccessLevel.VIEWER));
    }

    public boolean mayWrite(Owner owner) {
        return guard.can(permission(owner, AccessLevel.ADMIN));
    }

    private static String permission(Owner owner, AccessLevel level) {
        return owner.type() == SeriesKey.GAME ? Permissions.of(ResourceType.GAME, level, owner.id())
                : Permissions.of(ResourceType.ORGANIZATION, level, owner.organizationId());
    }
}
