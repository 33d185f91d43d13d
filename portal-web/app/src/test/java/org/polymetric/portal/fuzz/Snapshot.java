package org.polymetric.portal.fuzz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Row counts and checksums of the fuzz organizations' rows in every table that holds rows of an
 * organization or a game (found in {@code information_schema}, so a module's new table is
 * covered), read in one query. Two equal snapshots around a block of refused requests prove that
 * nothing of theirs was written. Columns a read updates (a token's last use, a sign-in's time) are
 * left out. The write-ahead journals and open export buckets are counted as pending background
 * work: a block is judged only when none was pending before it.
 */
final class Snapshot implements AutoCloseable {
    private static final Set<String> READ_STAMPS = Set.of("last_used_at", "last_logged_in_at");
    private static final String PENDING = "pending ";
    private final Connection connection;
    private final String query;

    Snapshot(String url, String user, String password, List<Tenant> tenants) throws SQLException {
        this.connection = DriverManager.getConnection(url, user, password);
        this.query = build(tenants);
    }

    /** Table → "rows:checksum". */
    Map<String, String> take() throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                tables.put(rs.getString(1), rs.getLong(2) + ":" + rs.getString(3));
            }
        }
        return tables;
    }

    int tables() {
        return query.split(" UNION ALL ").length;
    }

    private String build(List<Tenant> tenants) throws SQLException {
        String games = tenants.stream().map(t -> Long.toString(t.game())).collect(Collectors.joining(","));
        String orgs = tenants.stream().map(t -> Long.toString(t.organization())).collect(Collectors.joining(","));
        String owners = "SELECT id FROM counters_series WHERE owner_id IN (" + games + ") OR owner_id IN "
                + "(SELECT id FROM counters_license WHERE organization_id IN (" + orgs + "))";
        Map<String, List<String>> columns = new TreeMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name, column_name FROM "
                + "information_schema.columns WHERE table_schema = DATABASE() ORDER BY table_name, ordinal_position")) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<String>> t : columns.entrySet()) {
            String table = t.getKey();
            List<String> cols = t.getValue();
            String where;
            if (table.equals("game")) {
                where = "id IN (" + games + ")";
            } else if (table.equals("organization")) {
                where = "id IN (" + orgs + ")";
            } else if (table.equals("counters_series")) {
                where = "id IN (" + owners + ")";
            } else if (cols.contains("game_id")) {
                where = "game_id IN (" + games + ")";
            } else if (cols.contains("organization_id")) {
                where = "organization_id IN (" + orgs + ")";
            } else if (cols.contains("series_id")) {
                where = "series_id IN (" + owners + ")";
            } else {
                continue;
            }
            String row = cols.stream().filter(c -> !READ_STAMPS.contains(c)).map(c -> "`" + c + "`").collect(Collectors.joining(","));
            parts.add("SELECT '" + table + "', COUNT(*), CAST(COALESCE(SUM(CRC32(CONCAT_WS('|'," + row + "))), 0) AS CHAR) FROM `"
                    + table + "` WHERE " + where);
        }
        // work a write left for the background (journals to fold, buckets to close): while any is
        // pending, the fuzz organizations' rows may still change without a request
        for (String journal : List.of("counters_rollup_journal", "streamstats_rollup_journal")) {
            if (columns.containsKey(journal)) {
                parts.add("SELECT '" + PENDING + journal + "', COUNT(*), '0' FROM `" + journal + "`");
            }
        }
        if (columns.containsKey("export_bucket")) {
            // tier 3 is export's domain.Tier.DAY: today's day bucket stays open until the day ends, the others close soon after theirs
            parts.add("SELECT '" + PENDING + "export_bucket', COUNT(*), '0' FROM export_bucket WHERE closed = 0 AND tier <> 3 AND game_id IN ("
                    + games + ")");
        }
        return String.join(" UNION ALL ", parts);
    }

    /** Whether a snapshot shows background work still to do. */
    static boolean pending(Map<String, String> snapshot) {
        return snapshot.entrySet().stream().anyMatch(e -> e.getKey().startsWith(PENDING) && !e.getValue().startsWith("0:"));
    }

    /** The tables whose counts or checksums differ. */
    static String differences(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k)))
                .map(k -> k + " " + before.get(k) + " → " + after.get(k)).collect(Collectors.joining(", "));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
