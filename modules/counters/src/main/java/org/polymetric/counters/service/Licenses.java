package org.polymetric.counters.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.polymetric.counters.domain.License;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.storage.Storage;
import org.polymetric.kernel.tenancy.ResourceType;

/**
 * Photon Server licenses of an organization: its viewers list them, its admins add them. A new
 * license gets a random hash in Photon's form, {@code 0x} and 32 hex digits.
 */
@ApplicationScoped
public class Licenses {
    public static final int MAX_NAME = 191;
    /** Digits a CCU limit is read with: it is an int. */
    public static final int LIMIT_DIGITS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, organization_id, hash, name, ccu_limit, created_at";

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    @Inject
    AccessGuard guard;

    /** The organization's licenses, newest first; 404 unless the caller may view the organization. */
    public List<License> of(long organizationId) {
        if (!guard.can(Permissions.viewOrganization(organizationId))) {
            throw new NotFoundException();
        }
        List<License> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM counters_license WHERE organization_id = ? ORDER BY id DESC")) {
            s.setLong(1, organizationId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(license(r));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("listing licenses", e);
        }
        return out;
    }

    public boolean mayAdd(long organizationId) {
        return guard.can(Permissions.of(ResourceType.ORGANIZATION, AccessLevel.ADMIN, organizationId));
    }

    /**
     * Adds a license. The name must be given (at most {@link #MAX_NAME} characters); the CCU limit
     * is optional and positive.
     *
     * @throws NotFoundException unless the caller may view the organization
     * @throws jakarta.ws.rs.ForbiddenException unless the caller administers it
     * @throws IllegalArgumentException for a name or limit out of bounds
     */
    public License add(long organizationId, String name, Integer ccuLimit) {
        if (!guard.can(Permissions.viewOrganization(organizationId))) {
            throw new NotFoundException();
        }
        guard.require(Permissions.of(ResourceType.ORGANIZATION, AccessLevel.ADMIN, organizationId));
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new IllegalArgumentException("name must be 1 to " + MAX_NAME + " characters");
        }
        if (ccuLimit != null && ccuLimit < 1) {
            throw new IllegalArgumentException("ccu_limit must be a positive number");
        }
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String hash = "0x" + HexFormat.of().formatHex(bytes);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO counters_license (organization_id, hash, name, ccu_limit) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, organizationId);
            s.setString(2, hash);
            s.setString(3, n);
            if (ccuLimit == null) {
                s.setNull(4, java.sql.Types.INTEGER);
            } else {
                s.setInt(4, ccuLimit);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return byId(keys.getLong(1)).orElseThrow();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("adding a license", e);
        }
    }

    /** A license by id, whoever asks (callers check access). */
    public Optional<License> byId(long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM counters_license WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(license(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading license " + id, e);
        }
    }

    private static License license(ResultSet r) throws SQLException {
        int limit = r.getInt(5);
        Integer ccu = r.wasNull() ? null : limit;
        return new License(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), ccu,
                r.getTimestamp(6).toInstant());
    }
}
