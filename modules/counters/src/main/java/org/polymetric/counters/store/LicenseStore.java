package org.polymetric.counters.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.polymetric.counters.domain.License;
import org.polymetric.kernel.storage.Storage;

/** The {@code counters_license} rows, whoever asks: the service checks access first. */
@ApplicationScoped
public class LicenseStore {
    private static final String COLUMNS = "id, organization_id, hash, name, ccu_limit, created_at";
    /** The form every stored hash has ({@code 0x} + 32 hex digits, an ASCII column). */
    private static final Pattern HASH = Pattern.compile("0x[0-9a-fA-F]{32}");

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    /** The organization's licenses, newest first. */
    public List<License> of(long organizationId) {
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

    /** Stores a license and reads it back (its id and time are the database's). */
    public License add(long organizationId, String hash, String name, Integer ccuLimit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO counters_license (organization_id, hash, name, ccu_limit) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, organizationId);
            s.setString(2, hash);
            s.setString(3, name);
            if (ccuLimit == null) {
                s.setNull(4, Types.INTEGER);
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

    /** Licenses by hash, in one query; unknown hashes are left out. */
    public Map<String, License> byHashes(Collection<String> hashes) {
        Map<String, License> out = new HashMap<>();
        // a text of another form names no license, and one outside ASCII would fail the comparison with the column (a 500)
        List<String> list = hashes.stream().filter(h -> HASH.matcher(h).matches()).distinct().toList();
        if (list.isEmpty()) {
            return out;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM counters_license WHERE hash IN (" + String.join(",", Collections.nCopies(list.size(), "?")) + ")")) {
            for (int i = 0; i < list.size(); i++) {
                s.setString(i + 1, list.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    License license = license(r);
                    out.put(license.hash(), license);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("looking up " + list.size() + " licenses", e);
        }
        return out;
    }

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
