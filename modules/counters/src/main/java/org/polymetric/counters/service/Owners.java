package org.polymetric.counters.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
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
 * find their place; a license's organization is known to the kernel's tenancy snapshot.
 */
@ApplicationScoped
public class Owners {
    @Resource(lookup = org.polymetric.kernel.storage.Storage.DATASOURCE)
    DataSource dataSource;

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
        return find("SELECT hash, id, name, organization_id, NULL FROM counters_license WHERE hash IN ", hashes, SeriesKey.LICENSE);
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

    private Map<String, Owner> find(String head, Collection<String> names, char type) {
        Map<String, Owner> out = new HashMap<>();
        List<String> list = new ArrayList<>(names);
        if (list.isEmpty()) {
            return out;
        }
        String sql = head + "(" + String.join(",", Collections.nCopies(list.size(), "?")) + ")";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < list.size(); i++) {
                s.setString(i + 1, list.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long studio = r.getLong(5);
                    out.put(r.getString(1), new Owner(type, r.getLong(2), r.getString(3), r.getLong(4),
                            r.wasNull() ? null : studio));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("looking up " + list.size() + " counter owners", e);
        }
        return out;
    }
}
