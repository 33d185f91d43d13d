package org.polymetric.portal.counters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polymetric.portal.counters.CountersFixture.bearer;
import static org.polymetric.portal.counters.CountersFixture.ns;
import static org.polymetric.portal.counters.CountersFixture.write;
import static org.polymetric.portal.counters.CountersFixture.written;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.Golden;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;

/**
 * {@code POST /api/counters/write}: InfluxDB line protocol in, 204 out once stored; any bad line
 * refuses the whole request with its number, and nothing of it is stored.
 */
class CountersWriteIT extends PortalIT {
    static CountersFixture f;

    @BeforeEach
    void fixture() {
        if (f == null) {
            f = new CountersFixture(client());
        }
    }

    private String data(String appid, String region, String counter) {
        HttpResponse<String> r = client().get("/api/counters/data/app/" + appid + "/" + region + "/" + counter, bearer(f.viewer));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), r.headers().toString());
        return r.body();
    }

    /**
     * Rows stored for the game's series, in the minute and hour tables, once the rollup journal is
     * applied (its background run would otherwise change the count between two looks).
     */
    private static long stored(long game) {
        for (int i = 0; i < 100 && Fixtures.count("SELECT COUNT(*) FROM counters_rollup_journal") > 0; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        return Fixtures.count("SELECT (SELECT COUNT(*) FROM counters_minutes m JOIN counters_series s ON s.id = m.series_id "
                + "WHERE s.owner_type = 'g' AND s.owner_id = ?) + (SELECT COUNT(*) FROM counters_hour h JOIN counters_series s "
                + "ON s.id = h.series_id WHERE s.owner_type = 'g' AND s.owner_id = ?)", game, game);
    }

    /**
     * The samples the minute rows of the series matching {@code where} (on counters_series s) hold:
     * each record "minute=value@seconds;" is one, "minute=count,sum,min,max,last@seconds;" is count.
     */
    private static long samples(String where, Object... args) {
        String minutes = Fixtures.text("SELECT GROUP_CONCAT(m.minutes SEPARATOR '') FROM counters_minutes m "
                + "JOIN counters_series s ON s.id = m.series_id WHERE " + where, args);
        return RECORD.matcher(minutes == null ? "" : minutes).results()
                .mapToLong(r -> r.group(2) == null ? 1 : Long.parseLong(r.group(2))).sum();
    }

    private static final Pattern RECORD = Pattern.compile("(\\d+)=(?:(\\d+),[^@;]*|[^@;,]*)@[-0-9.]+;");

    private static void assertError(HttpResponse<String> r, int status, int line, String messagePart) {
        assertEquals(status, r.statusCode(), r.body());
        JsonObject body = PortalClient.json(r);
        assertEquals(true, body.getBoolean("error"), r.body());
        assertEquals(line, body.getInt("line"), r.body());
        assertTrue(body.getString("message").contains(messagePart), r.body());
    }

    @Test
    void linesAreStoredAndEachCounterAggregatesAsTheSeedSays() {
        long now = System.currentTimeMillis() / 1000;
        written(client(), f.usaAdmin, null, "Ccu,appid=" + f.usaKey + ",region=usw value=10 " + ns(now - 600) + "\n"
                + "Ccu,appid=" + f.usaKey + ",region=usw value=30 " + ns(now - 540) + "\n"
                + "Ccu,appid=" + f.usaKey + ",region=usw value=20 " + ns(now - 480) + "\n"
                + "TrafficMultiplayer,appid=" + f.usaKey + ",region=usw value=100 " + ns(now - 600) + "\n"
                + "TrafficMultiplayer,appid=" + f.usaKey + ",region=usw value=200i " + ns(now - 300) + "\n");
        assertEquals("30", data(f.usaKey, "usw", "Ccu"), "Ccu is a maximum");
        assertEquals("150", data(f.usaKey, "usw", "TrafficMultiplayer"), "TrafficMultiplayer is an average");
        assertEquals("0", data(f.usaKey, "eu", "Ccu"), "no data is 0");
    }

    @Test
    void precisionSecondsAndMillisecondsAndNoTimestampMeanNow() {
        long now = System.currentTimeMillis() / 1000;
        written(client(), f.usaAdmin, "s", "Rooms,appid=" + f.usaKey + ",region=jp value=7 " + (now - 120));
        written(client(), f.usaAdmin, "ms", "Rooms,appid=" + f.usaKey + ",region=jp value=9 " + (now - 60) * 1000);
        written(client(), f.usaAdmin, null, "Rooms,appid=" + f.usaKey + ",region=jp value=8");
        assertEquals("9", data(f.usaKey, "jp", "Rooms"));
        assertEquals(3, samples("s.owner_id = ? AND s.region = 'jp' AND s.counter = 'Rooms'", f.usa));
    }

    @Test
    void hoursAndDaysFollowTheWritesAndAReadSeesThemAtOnce() {
        // three days ago, so the hour holds nothing of other tests; a 20-day range reads the hour table
        long hour = (System.currentTimeMillis() / 1000 - 3 * 86_400) / 3600 * 3600;
        String line = "Ccu,appid=" + f.usaKey + ",region=sa value=%d %d\n";
        written(client(), f.usaAdmin, "s", line.formatted(5, hour + 600) + line.formatted(9, hour + 1200));
        written(client(), f.usaAdmin, "s", line.formatted(7, hour + 900));
        String start = Instant.ofEpochSecond(hour - 17 * 86_400).toString().replace("Z", "");
        HttpResponse<String> r = client().get("/api/counters/data/app/" + f.usaKey + "/sa/Ccu?start=" + start, bearer(f.viewer));
        assertEquals("9", r.body(), "the hour rows hold both writes as soon as they are answered");
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM counters_rollup_journal"), "the read applied the journal");
        String rollup = "SELECT CONCAT_WS(' ', r.count, r.sum, r.min, r.max, r.last, r.last_at) FROM %s r JOIN counters_series s "
                + "ON s.id = r.series_id WHERE s.owner_id = ? AND s.region = 'sa' AND s.counter = 'Ccu' AND r.at = ?";
        String expected = "3 21 5 9 9 " + (hour + 1200) * 1000;
        assertEquals(expected, Fixtures.text(rollup.formatted("counters_hour"), f.usa, hour));
        assertEquals(expected, Fixtures.text(rollup.formatted("counters_day"), f.usa, hour / 86_400 * 86_400));
    }

    @Test
    void escapedTagsAndDefaultsNameTheSeries() {
        written(client(), f.usaAdmin, null, "Messages,appid=" + f.usaKey + ",region=eu,cloud=private,cluster=eu\\ west\\,2 value=4\n"
                + "Messages,appid=" + f.usaKey + ",region=eu,host=photon-7 value=5\n"); // Telegraf's host tag is not a series key
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM counters_series WHERE owner_id = ? AND counter = 'Messages' "
                + "AND cloud = 'private' AND cluster = 'eu west,2'", f.usa));
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM counters_series WHERE owner_id = ? AND counter = 'Messages' "
                + "AND cloud = 'public' AND cluster = 'default'", f.usa));
    }

    @Test
    void aBadLineRefusesTheWholeRequestWithItsNumber() {
        long before = stored(f.europe);
        String good = "Ccu,appid=" + f.europeKey + ",region=eu value=1\n";
        assertError(write(client(), f.europeAdmin, null, good + good + "Ccu,appid=" + f.europeKey + ",region=eu\n"), 400, 3, "");
        assertError(write(client(), f.europeAdmin, null, good + "Ccu,appid=" + f.europeKey + ",region=eu value=NaN\n"), 400, 2, "");
        assertError(write(client(), f.europeAdmin, null, good + "Nonsense,appid=" + f.europeKey + ",region=eu value=1\n"), 400, 2,
                "Nonsense");
        assertError(write(client(), f.europeAdmin, null, good + "Ccu,appid=" + f.europeKey + ",region=mars value=1\n"), 400, 2,
                "mars");
        assertError(write(client(), f.europeAdmin, null, good + "Ccu,appid=" + f.europeKey + ",region=eu value=\"x\"\n"), 400, 2, "");
        assertError(write(client(), f.europeAdmin, null, good + "Ccu,appid=" + f.europeKey + ",region=eu value=1e300\n"), 400, 2,
                "out of range");
        assertEquals(before, stored(f.europe), "nothing of a refused request is stored");
        HttpResponse<String> r = write(client(), f.europeAdmin, "minutes", good);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(before, stored(f.europe));
    }

    @Test
    void tenThousandLinesPassAndOneMoreIsRefused() {
        long now = System.currentTimeMillis() / 1000;
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            lines.append("Channels,appid=").append(f.europeKey).append(",region=").append(i % 2 == 0 ? "asia" : "au")
                    .append(" value=").append(i).append(' ').append(now - 3600 + i % 3600).append('\n');
        }
        written(client(), f.europeAdmin, "s", lines.toString());
        assertEquals(10_000, samples("s.owner_id = ? AND s.counter = 'Channels'", f.europe));
        lines.append("Channels,appid=").append(f.europeKey).append(",region=asia value=1\n");
        assertError(write(client(), f.europeAdmin, "s", lines.toString()), 400, 10_001, "");
    }

    @Test
    void anAppOfAnotherOrganizationIsUnknownAndAViewerMayNotWrite() {
        long before = stored(f.neighbourGame);
        assertError(write(client(), f.usaAdmin, null, "Ccu,appid=" + f.usaKey + ",region=eu value=1\nCcu,appid="
                + f.neighbourKey + ",region=eu value=1\n"), 400, 2, "unknown appid");
        assertError(write(client(), f.usaAdmin, null, "Ccu,appid=0123456789abcdef,region=eu value=1\n"), 400, 1, "unknown appid");
        assertError(write(client(), f.usaAdmin, null, "Ccu,appid=" + f.europeKey + ",region=eu value=1\n"), 400, 1,
                "unknown appid");
        assertError(write(client(), f.viewer, null, "Ccu,appid=" + f.usaKey + ",region=eu value=1\n"), 403, 1, "admin");
        assertEquals(before, stored(f.neighbourGame));
        assertEquals(401, client().postBytes("/api/counters/write", "text/plain", "Ccu,appid=x,region=eu value=1".getBytes())
                .statusCode(), "no token");
    }

    @Test
    void licensesAreAddedByOrganizationAdminsAndTakeServersAndCcu() {
        HttpResponse<String> r = client().postJson("/api/counters/licenses", "{\"organization_id\":" + f.org
                + ",\"name\":\"On-premises\",\"ccu_limit\":1000}", bearer(f.orgAdmin));
        assertEquals(201, r.statusCode(), r.body());
        String hash = PortalClient.json(r).getString("hash");
        assertTrue(hash.matches("0x[0-9a-f]{32}"), hash);
        assertEquals(403, client().postJson("/api/counters/licenses", "{\"organization_id\":" + f.org + ",\"name\":\"x\"}",
                bearer(f.viewer)).statusCode());
        assertEquals(404, client().postJson("/api/counters/licenses", "{\"organization_id\":" + f.org + ",\"name\":\"x\"}",
                bearer(f.neighbour)).statusCode());
        assertEquals(400, client().postJson("/api/counters/licenses", "{\"organization_id\":" + f.org + "}",
                bearer(f.orgAdmin)).statusCode());
        JsonObject listed = PortalClient.json(client().get("/api/counters/licenses?organization_id=" + f.org, bearer(f.viewer)));
        assertEquals(hash, listed.getJsonArray("licenses").getJsonObject(0).getString("hash"));

        written(client(), f.orgAdmin, null, "Servers,hash=" + hash + " value=3\nCCU,hash=" + hash + " value=765\n");
        assertError(write(client(), f.viewer, null, "Servers,hash=" + hash + " value=3\n"), 403, 1, "admin");
        assertError(write(client(), f.usaAdmin, null, "Servers,hash=" + hash + " value=3\n"), 400, 1, "unknown hash");
        assertError(write(client(), f.neighbour, null, "Servers,hash=" + hash + " value=3\n"), 400, 1, "unknown hash");
        // the seed's license request and answer (golden/counters), with the new license's hash
        HttpResponse<String> bulk = client().postJson("/api/counters/bulkdata/license", Golden.load("counters/license_request.json")
                .toString().replace("0xc648c47f82c70b723f0225e12b8ce4f2", hash), bearer(f.viewer));
        assertEquals(200, bulk.statusCode(), bulk.body());
        assertEquals(Golden.load("counters/bulkdata_license.json"), PortalClient.jsonOf(bulk.body()), "the seed's license sample");
    }

    /** The test server purges every 5 s (POLYMETRIC_COUNTERS_PURGE_SECONDS); production hourly. */
    @Test
    void rollupsPastTheirWindowArePurged() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        written(client(), f.europeAdmin, "s", "Rejects,appid=" + f.europeKey + ",region=sa value=1 " + (now - 60));
        long series = Fixtures.count("SELECT id FROM counters_series WHERE owner_id = ? AND counter = 'Rejects'", f.europe);
        stored(f.europe); // the write's hour is in counters_hour
        String row = "INSERT INTO %s (series_id, at, count, sum, min, max, last, last_at) VALUES (?, ?, 1, 1, 1, 1, 1, ?)";
        // minutes are kept by ten: the ten minutes that ended 15 days ago go
        Fixtures.execute("INSERT INTO counters_minutes (series_id, at, minutes) VALUES (?, ?, '9=1@59;')", series,
                (now - 15 * 86_400) / 600 * 600);
        Fixtures.execute(row.formatted("counters_hour"), series, (now - 401 * 86_400) / 3600 * 3600, now * 1000);
        Fixtures.execute(row.formatted("counters_day"), series, (now - 1000 * 86_400) / 86_400 * 86_400, now * 1000);
        String count = "SELECT COUNT(*) FROM %s WHERE series_id = ?";
        for (int i = 0; i < 60 && Fixtures.count(count.formatted("counters_minutes"), series)
                + Fixtures.count(count.formatted("counters_hour"), series) > 2; i++) {
            Thread.sleep(500);
        }
        assertEquals(1, Fixtures.count(count.formatted("counters_minutes"), series), "the recent minute stays, 15 days ago goes");
        assertEquals(1, Fixtures.count(count.formatted("counters_hour"), series), "this hour stays, 401 days ago goes");
        assertEquals(2, Fixtures.count(count.formatted("counters_day"), series), "days are kept for ever");
    }

    @Test
    void anEmptyBodyStoresNothingAndAnswers204() {
        written(client(), f.usaAdmin, null, "\n# a comment\n");
    }
}
