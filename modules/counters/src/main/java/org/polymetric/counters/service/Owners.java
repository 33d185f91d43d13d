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
import org.polymetric.kernel.security.RequestMemo;
import org.polymetric.kernel.tenancy.ResourceType;

/**
 * Finds the games and licenses a request names, and says what the caller may do with them:
 * read a game's counters with view access to it, write them as its admin; read a license's
 * counters with view access to its organization, write them as the organization's admin.
 * Where an owner sits is read along with it, so the permission checks ask the database nothing.
 */
@ApplicationScoped
public class Owners {
    @Resource(lookup = org.polymetric.kernel.storage.Storage.DATASOURCE)
    DataSource dataSource;

    @Inject
    AccessGuard guard;

    /** Games by key ({@code appid}); unknown keys are left out. */
    public Map<String, Owner> games(Collection<String> keys) {
        return find("SELECT game_key, id, title, organization_id, studio_id FROM game WHERE game_key IN ", keys, SeriesKey.GAME);
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
        RequestMemo.remember(owner.type() == SeriesKey.GAME ? ResourceType.GAME : ResourceType.ORGANIZATION,
                owner.type() == SeriesKey.GAME ? owner.id() : owner.organizationId(), owner.containment());
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
