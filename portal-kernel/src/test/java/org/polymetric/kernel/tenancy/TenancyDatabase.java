package org.polymetric.kernel.tenancy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The {@code game} and {@code organization} rows {@link GameDirectory} and {@link TenancyVersions}
 * read, answered to their two statement shapes, counting every statement prepared: the tests
 * are about how often the database is asked. {@link #down} makes every statement fail.
 */
final class TenancyDatabase {
    /** A game row as the directory's query returns it (its organization's version is added). */
    record Row(long id, long organizationId, long studioId, String key, String secret, String timezone, String title,
               boolean paused, boolean disabled, boolean archived) {
    }

    final Map<String, Row> games = new LinkedHashMap<>();
    final Map<Long, Long> versions = new HashMap<>();
    final List<String> statements = new ArrayList<>();
    boolean down;

    void add(Row row) {
        games.put(row.key(), row);
        versions.merge(row.organizationId(), 1L, Long::sum);
    }

    /** Changes a game as an UPDATE would, with the trigger's move of its organization's version. */
    void update(Row row) {
        games.put(row.key(), row);
        versions.merge(row.organizationId(), 1L, Long::sum);
    }

    long cardQueries() {
        return statements.stream().filter(s -> s.contains("FROM game")).count();
    }

    long versionQueries() {
        return statements.stream().filter(s -> s.equals("SELECT id, tenancy_version FROM organization")).count();
    }

    DataSource dataSource() {
        return proxy(DataSource.class, (p, m, a) -> m.getName().equals("getConnection") ? connection() : unsupported(m.getName()));
    }

    private Connection connection() {
        return proxy(Connection.class, (p, m, a) -> switch (m.getName()) {
            case "prepareStatement" -> statement((String) a[0]);
            case "close" -> null;
            default -> unsupported(m.getName());
        });
    }

    private PreparedStatement statement(String sql) throws SQLException {
        if (down) {
            throw new SQLException("connection refused");
        }
        statements.add(sql);
        List<Object> params = new ArrayList<>();
        return proxy(PreparedStatement.class, (p, m, a) -> switch (m.getName()) {
            case "setString", "setLong" -> {
                params.add(a[1]);
                yield null;
            }
            case "executeQuery" -> results(rows(sql, params));
            case "close" -> null;
            default -> unsupported(m.getName());
        });
    }

    private List<Object[]> rows(String sql, List<Object> params) {
        List<Object[]> rows = new ArrayList<>();
        if (!sql.contains("FROM game")) {
            versions.forEach((id, version) -> rows.add(new Object[] {id, version}));
            return rows;
        }
        for (Row g : games.values()) {
            boolean match = sql.contains("g.id = ?") ? params.contains(g.id())
                    : params.stream().anyMatch(k -> ((String) k).equalsIgnoreCase(g.key()));
            if (match) {
                rows.add(new Object[] {g.id(), g.organizationId(), g.studioId(), g.key(), g.secret(), g.timezone(), g.title(),
                    g.paused(), g.disabled(), g.archived(), versions.get(g.organizationId())});
            }
        }
        return rows;
    }

    private static ResultSet results(List<Object[]> rows) {
        int[] at = {-1};
        return proxy(ResultSet.class, (p, m, a) -> switch (m.getName()) {
            case "next" -> ++at[0] < rows.size();
            case "getLong" -> ((Number) rows.get(at[0])[(int) a[0] - 1]).longValue();
            case "getString" -> (String) rows.get(at[0])[(int) a[0] - 1];
            case "getBoolean" -> (Boolean) rows.get(at[0])[(int) a[0] - 1];
            case "close" -> null;
            default -> unsupported(m.getName());
        });
    }

    private static Object unsupported(String method) {
        throw new UnsupportedOperationException(method);
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(TenancyDatabase.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
