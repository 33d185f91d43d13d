package org.polymetric.portal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.apache.shiro.authc.credential.DefaultPasswordService;

/**
 * Builds tenancy and users straight in the database under test, for what this foundation has no
 * API for yet (studios and games arrive with the organizations module). Names are unique per call,
 * so test classes sharing the database never see each other's data.
 */
public final class Fixtures {
    private static final DefaultPasswordService PASSWORDS = new DefaultPasswordService();
    public static final String PASSWORD = "fixture-password-1";
    private static String passwordHash;

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static long organization(String name) {
        return insert("INSERT INTO organization (name, created_at) VALUES (?, NOW(3))", name);
    }

    public static long studio(long organizationId, String name) {
        return insert("INSERT INTO studio (organization_id, name, created_at) VALUES (?, ?, NOW(3))", organizationId, name);
    }

    public static long game(long studioId, String title) {
        return insert("INSERT INTO game (studio_id, organization_id, title, platform, sdk_used, game_key, secret_key, created_at) "
                        + "SELECT id, organization_id, ?, 'android', 'unity', ?, ?, NOW(3) FROM studio WHERE id = ?",
                title, hex40(), hex40(), studioId);
    }

    /** A user with {@link #PASSWORD}; returns the e-mail address. */
    public static String user(String prefix) {
        String email = unique(prefix).toLowerCase() + "@fixture.test";
        insert("INSERT INTO `user` (email, password_hash, created_at) VALUES (?, ?, NOW(3))", email, hash());
        return email;
    }

    /** Grants {@code level} on organization/studio/game {@code id} to the user with {@code email}. */
    public static void grant(String email, String resource, long id, String level) {
        String org = switch (resource) {
            case "organization" -> "?";
            case "studio" -> "(SELECT organization_id FROM studio WHERE id = ?)";
            default -> "(SELECT organization_id FROM game WHERE id = ?)";
        };
        insert("INSERT INTO access (user_id, organization_id, resource, resource_id, level, created_at) "
                + "SELECT u.id, " + org + ", ?, ?, ?, NOW(3) FROM `user` u WHERE u.email = ?", id, resource, id, level, email);
    }

    public static void execute(String sql, Object... args) {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of the first row as text, or null. */
    public static String text(String sql, Object... args) {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static long count(String sql, Object... args) {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static long insert(String sql, Object... args) {
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(s, args);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("no row inserted by " + sql);
            }
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }

    private static synchronized String hash() {
        if (passwordHash == null) {
            passwordHash = PASSWORDS.encryptPassword(PASSWORD);
        }
        return passwordHash;
    }

    private static String hex40() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 40);
    }
}
