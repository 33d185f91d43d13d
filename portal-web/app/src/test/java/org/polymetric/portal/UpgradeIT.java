package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.polymetric.launcher.DatabaseTarget;
import org.polymetric.launcher.Migrations;

/**
 * An upgrade: the database an older build made (the fixture in {@code src/test/resources/upgrade},
 * made by its {@code make-fixture} script; the README there names the commit) gets the new
 * launcher, which migrates it on start as it always does. The old data then reads back as the old
 * build answered it, and new writes land on it.
 */
@ExtendWith(TestDatabase.class)
class UpgradeIT {
    static final Path HOME = Path.of("target", "upgrade-it").toAbsolutePath();
    static final String FIXTURE = "/upgrade/";
    static final String SCHEMA = "upgrade_it";
    /** Tables whose rows the older build wrote and the new one must keep as they are. */
    static final List<String> KEPT = List.of("organization", "studio", "game", "user", "access", "api_token",
            "events_device", "events_event_hour", "events_session_hour", "counters_series", "counters_minutes", "counters_hour",
            "counters_day", "streamstats_scope", "streamstats_rollup");

    @Test
    void anOlderBuildsDatabaseIsMigratedOnStartAndItsDataReadsBackRight() throws Exception {
        Migrations.deleteTree(HOME);
        // the older build's database, loaded into an empty schema of the test MariaDB; the new
        // launcher is pointed at it and migrates it as on every start
        DatabaseTarget server = TestDatabase.target();
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + SCHEMA);
            s.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String url = server.url().substring(0, server.url().lastIndexOf('/') + 1) + SCHEMA;
        upgrade(new DatabaseTarget(url, server.user(), server.password(), "the older build's database"));
    }

    private void upgrade(DatabaseTarget db) throws Exception {
        Map<String, String> answers = answers();
        Map<String, Long> before = new LinkedHashMap<>();
        try (Connection c = db.connect()) {
            load(c);
            for (String table : KEPT) {
                before.put(table, count(c, table));
            }
        }

        int port = LauncherIT.freePort();
        LauncherIT.Run run = LauncherIT.launch(HOME, "upgrade", Map.of("POLYMETRIC_DATA_DIR", HOME.resolve("data").toString(),
                "POLYMETRIC_HTTP_PORT", Integer.toString(port), "POLYMETRIC_DB_URL", db.url(),
                "POLYMETRIC_DB_USER", db.user(), "POLYMETRIC_DB_PASSWORD", db.password(),
                // old rows must not age out while the test reads them, whatever day it runs
                "POLYMETRIC_COUNTERS_PURGE_SECONDS", "0", "POLYMETRIC_STREAMSTATS_PURGE_SECONDS", "0",
                "POLYMETRIC_EXPORT_PURGE_SECONDS", "0"));
        try {
            LauncherIT.awaitReady(run);
            String output = run.output();
            Matcher applied = Pattern.compile("migrations: (\\d+) applied").matcher(output);
            assertTrue(applied.find(), "the newer migrations ran on the old schema:\n" + output);
            assertTrue(!output.contains("First run"), "the old administrator is kept: no first run");
            PortalClient c = new PortalClient(URI.create("http://127.0.0.1:" + port + "/"));
            String token = answers.get("token");
            long game = Long.parseLong(answers.get("game"));

            // the old data, as the old build answered it
            for (Map.Entry<String, String> a : answers.entrySet()) {
                if (a.getKey().startsWith("GET ")) {
                    HttpResponse<String> now = c.get(a.getKey().substring(4), "countly-token", token, "Authorization", "Bearer " + token);
                    assertEquals(200, now.statusCode(), a.getKey() + ": " + now.body());
                    assertEquals(timeless(PortalClient.jsonOf(a.getValue())), timeless(PortalClient.jsonOf(now.body())), a.getKey());
                }
            }
            for (String table : KEPT) {
                assertEquals(before.get(table), count(db, table), table);
            }

            // new writes on the old game, with its old key and the old token
            String key = answers.get("key");
            long ts = Long.parseLong(answers.get("timestamp"));
            HttpResponse<String> event = c.get("/i?app_key=" + key + "&device_id=after-upgrade&timestamp=" + ts
                    + "&events=" + enc("[{\"key\":\"level_up\",\"count\":10,\"sum\":100}]"));
            assertEquals(200, event.statusCode(), event.body());
            String period = enc("[" + (ts - 86400) * 1000 + "," + (ts + 86400) * 1000 + "]");
            HttpResponse<String> events = c.get("/o?app_id=" + game + "&method=events&event=level_up&period=" + period,
                    "countly-token", token);
            assertTrue(events.body().contains("\"c\":16"), "1 + 2 + 3 from the old build, 10 from the new: " + events.body());
            long minutes = count(db, "counters_minutes");
            HttpResponse<String> counter = c.postBytes("/api/counters/write?precision=s", "text/plain",
                    ("Ccu,appid=" + key + ",region=eu value=9 " + (ts - 3600)).getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + token);
            assertEquals(204, counter.statusCode(), counter.body());
            assertEquals(minutes + 1, count(db, "counters_minutes"), "a ten-minute chunk an hour before the old build's");
            long now = System.currentTimeMillis();
            HttpResponse<String> beacon = c.postBytes("/api/ingest/playback", "application/json",
                    ("[{\"app_key\":\"" + key + "\",\"device_id\":\"after-upgrade\",\"timestamp\":" + now + ",\"interval_ms\":5000,"
                            + "\"channel_id\":\"news\",\"stream_id\":\"s1\",\"stream_uri\":\"https://cdn.example/news.m3u8\","
                            + "\"bitrate\":\"800\",\"representation_id\":\"1 of 4\",\"cdn_bytes\":1000000,\"played_ms\":5000}]")
                            .getBytes(StandardCharsets.UTF_8));
            assertEquals(204, beacon.statusCode(), beacon.body());
            HttpResponse<String> summary = c.get("/api/streamstats/summary/agg?time=10m&game_id=" + game, "Authorization", "Bearer " + token);
            assertEquals(200, summary.statusCode(), summary.body());
            assertTrue(summary.body().contains("\"cdn_devices\":1"), "the new beacon reads back: " + summary.body());
        } finally {
            run.process().destroy();
            assertTrue(run.process().waitFor(90, TimeUnit.SECONDS), "stopped");
        }
    }

    /** An answer without what depends on the day it is read (GameAnalytics' DAU, WAU, MAU of a game). */
    static jakarta.json.JsonValue timeless(jakarta.json.JsonStructure answer) {
        if (answer instanceof jakarta.json.JsonObject o && o.get("data") instanceof jakarta.json.JsonObject d && d.containsKey("metrics")) {
            return jakarta.json.Json.createObjectBuilder(o).add("data", jakarta.json.Json.createObjectBuilder(d).remove("metrics")).build();
        }
        return answer;
    }

    static long count(DatabaseTarget db, String table) throws SQLException {
        try (Connection c = db.connect()) {
            return count(c, table);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** {@code answers.txt}: {@code name value} lines, the value the rest of the line. */
    static Map<String, String> answers() throws IOException {
        Map<String, String> answers = new LinkedHashMap<>();
        try (InputStream in = UpgradeIT.class.getResourceAsStream(FIXTURE + "answers.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("GET ")) {
                    int body = line.indexOf(' ', 4);
                    answers.put(line.substring(0, body), line.substring(body + 1));
                } else if (!line.isBlank()) {
                    answers.put(line.substring(0, line.indexOf(' ')), line.substring(line.indexOf(' ') + 1));
                }
            }
        }
        return answers;
    }

    /**
     * Runs the fixture's {@code mariadb-dump} output statement by statement, as the {@code mariadb}
     * client would: {@code DELIMITER} lines change what ends a statement (the triggers' bodies).
     */
    static void load(Connection c) throws IOException, SQLException {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(UpgradeIT.class.getResourceAsStream(FIXTURE + "polymetric.sql.gz")), StandardCharsets.UTF_8));
             Statement s = c.createStatement()) {
            String delimiter = ";";
            StringBuilder statement = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (statement.isEmpty() && (line.startsWith("--") || line.isBlank())) {
                    continue;
                }
                if (statement.isEmpty() && line.startsWith("DELIMITER ")) {
                    delimiter = line.substring("DELIMITER ".length()).strip();
                    continue;
                }
                statement.append(line).append('\n');
                if (line.stripTrailing().endsWith(delimiter)) {
                    String sql = statement.toString().stripTrailing();
                    s.execute(sql.substring(0, sql.length() - delimiter.length()));
                    statement.setLength(0);
                }
            }
        }
    }
}
