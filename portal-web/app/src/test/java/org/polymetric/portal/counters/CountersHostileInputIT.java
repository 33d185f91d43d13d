package org.polymetric.portal.counters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polymetric.portal.counters.CountersFixture.bearer;
import static org.polymetric.portal.counters.CountersFixture.write;
import static org.polymetric.portal.counters.CountersFixture.written;

import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;

/**
 * Hostile input to the Photon dialect: numbers far beyond any counter, ranges of decades, bulk
 * requests built to be slow or undecodable. Each is answered at once with a 4xx in the
 * counters' error shape ({@code {"error": true, "message": "..."}}, the message short and naming
 * the limit), nothing is stored, and the server answers a normal request afterwards.
 */
class CountersHostileInputIT extends PortalIT {
    /** How long a refusal may take: the old code took seconds to minutes on some of these. */
    private static final long FAST_MILLIS = 3000;
    /** The longest message a refusal may carry: it quotes request text cut short. */
    private static final int SHORT = 300;

    static CountersFixture f;

    @BeforeEach
    void fixture() {
        if (f == null) {
            f = new CountersFixture(client());
        }
    }

    /** The call's answer, once checked to be a fast 4xx in the counters' error shape; its message. */
    private static String refused(int status, Supplier<HttpResponse<String>> call) {
        long started = System.nanoTime();
        HttpResponse<String> r = call.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(status, r.statusCode(), r.body().length() > SHORT ? r.body().substring(0, SHORT) : r.body());
        assertTrue(millis < FAST_MILLIS, "answered in " + millis + " ms");
        JsonObject error = PortalClient.json(r);
        assertEquals(true, error.getBoolean("error"), r.body());
        String message = error.getString("message");
        assertTrue(message.length() < SHORT, "a short message, not " + message.length() + " characters");
        return message;
    }

    /** Series and minute rows of the game: what a write would have stored. */
    private static long stored(long game) {
        return Fixtures.count("SELECT (SELECT COUNT(*) FROM counters_series WHERE owner_type = 'g' AND owner_id = ?)"
                + " + (SELECT COUNT(*) FROM counters_minutes m JOIN counters_series s ON s.id = m.series_id"
                + " WHERE s.owner_type = 'g' AND s.owner_id = ?)", game, game);
    }

    /**
     * The server still answers: a good write of Europe's Rooms is stored and read back. The sample
     * is stamped a few minutes back and read over a range around it, as the query tests do: this
     * checks that the server is unharmed, not how "now" is read.
     */
    private void stillAnswers() {
        long at = java.time.Instant.now().getEpochSecond() / 60 * 60 - 300;
        written(client(), f.europeAdmin, "s", "Rooms,appid=" + f.europeKey + ",region=eu value=7 " + at);
        HttpResponse<String> r = client().get("/api/counters/data/app/" + f.europeKey + "/eu/Rooms?start="
                + java.time.Instant.ofEpochSecond(at - 60) + "&end=" + java.time.Instant.ofEpochSecond(at + 60), bearer(f.viewer));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("7", r.body());
    }

    private String line(String value) {
        return "Ccu,appid=" + f.usaKey + ",region=us value=" + value;
    }

    @Test
    void theKernelsRefusalsOnCounterPathsComeInTheCountersShapeToo() {
        String path = "/api/counters/data/app/" + f.usaKey + "/us/Ccu";
        assertTrue(refused(401, () -> client().get(path)).length() > 0, "anonymous");
        assertEquals("Unknown or revoked API token", refused(401, () -> client().get(path, "Authorization", "Bearer no-such-token")));
        refused(404, () -> client().get("/api/counters/no/such/endpoint", bearer(f.viewer)));
        refused(405, () -> client().delete(path, bearer(f.viewer)));
        stillAnswers();
    }

    @Test
    void numbersBeyondAnyCounterAreRefusedByTheirGrammar() {
        List<String> lines = List.of(
                line("0." + "0".repeat(100_000) + "1"),
                line("9".repeat(100_000)),
                line("1e99999999"),
                line("1e-99999999"),
                line("9".repeat(100_000) + "i"),
                line("1 " + "1".repeat(100_000)),
                line("1\n") + line("1e50000000"));
        for (String body : lines) {
            String message = refused(400, () -> write(client(), f.usaAdmin, null, body));
            assertTrue(message.contains("number") || message.contains("characters") || message.contains("integer"), message);
            assertEquals(0, stored(f.usa), "nothing stored of " + body.substring(0, 60));
        }
        assertTrue(refused(400, () -> write(client(), f.usaAdmin, "1e99999999", line("1"))).contains("precision"));
        assertEquals(0, stored(f.usa));
        stillAnswers();
    }

    @Test
    void rangesAreAtMost400Days() {
        String query = "{\"id\":\"usa\",\"appid\":\"" + f.usaKey + "\",\"region\":\"us\",\"template\":\"Ccu\"";
        String perQuery = "[" + query + ",\"start\":\"2020-01-01\",\"end\":\"2021-02-05\"}]";
        assertTrue(refused(400, () -> post("bulkxport/app", perQuery)).matches("query \"usa\": .*longer than 400 days.*"));
        assertTrue(refused(400, () -> post("bulk/app?start=1970-01-01", "[" + query + "}]")).contains("400 days"));
        assertTrue(refused(400, () -> client().get("/api/counters/data/app/" + f.usaKey + "/us/Ccu?start=2000-01-01&end=2030-01-01",
                bearer(f.viewer))).contains("400 days"));
        assertTrue(graph("?start=1970-01-01").contains("400 days"), "fifty years of daily points");
        assertTrue(graph("?start=%2B999999999-01-01T00:00").startsWith("start \"+999999999-01-01T00:00\" is not a UTC date"));
        String end = "2024-01-01T00:00:00" + "0".repeat(2000);
        assertTrue(refused(400, () -> client().get("/api/counters/data/app/" + f.usaKey + "/us/Ccu?end=" + end, bearer(f.viewer)))
                .startsWith("end \"" + end.substring(0, 40) + "…\" is not a UTC date"));
        stillAnswers();
    }

    @Test
    void graphSizesAreReadAsBoundedDigits() {
        assertEquals("width must be a whole number of pixels between 1 and 1600, not \"" + "9".repeat(40) + "…\"",
                graph("?width=" + "9".repeat(2000)));
        assertEquals("height must be between 1 and 1600 pixels, not 999999999999999999", graph("?height=" + "9".repeat(18)));
        assertTrue(graph("?width=1e999999999").startsWith("width must be a whole number"));
        stillAnswers();
    }

    @Test
    void aBulkRequestIsRefusedWholeNamingTheQuery() {
        String good = "{\"id\":\"good\",\"appid\":\"" + f.usaKey + "\",\"region\":\"us\",\"template\":\"Ccu\"}";
        assertEquals("query \"bad\": unknown template \"" + "X".repeat(40) + "…\"; the app counters are",
                refused(400, () -> post("bulkdata/app", "[" + good + ",{\"id\":\"bad\",\"appid\":\"" + f.usaKey
                        + "\",\"region\":\"us\",\"template\":\"" + "X".repeat(100_000) + "\"}]")).replaceAll("are .*", "are"));
        assertEquals("query 2 has no \"id\" (a string)", refused(400, () -> post("bulkdata/app",
                "[" + good + ",{\"id\":1e999999999,\"appid\":\"" + f.usaKey + "\",\"region\":\"us\",\"template\":\"Ccu\"}]")));
        assertEquals("query 1 has an id longer than 128 characters", refused(400, () -> post("bulkdata/app",
                "[{\"id\":\"" + "i".repeat(129) + "\",\"appid\":\"" + f.usaKey + "\",\"region\":\"us\",\"template\":\"Ccu\"}]")));
        refused(400, () -> post("bulkdata/app", "[{\"id\":" + "9".repeat(100_000) + "}]"));
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= 500; i++) {
            many.append(i == 0 ? "" : ",").append(good.replace("\"good\"", "\"q" + i + "\""));
        }
        assertEquals("at most 500 queries in one request", refused(400, () -> post("bulkxport/app", many + "]")));
        stillAnswers();
    }

    @Test
    void licenseNumbersAreReadAsBoundedDigits() {
        // 2^64 + the id: BigDecimal.longValue() kept its low 64 bits, the organization's id
        String wrapped = BigInteger.TWO.pow(64).add(BigInteger.valueOf(f.org)).toString();
        long before = Fixtures.count("SELECT COUNT(*) FROM counters_license");
        for (String body : List.of("{\"organization_id\":" + wrapped + ",\"name\":\"Wrapped\"}",
                "{\"organization_id\":" + f.org + ",\"name\":\"L\",\"ccu_limit\":" + BigInteger.TWO.pow(64).add(BigInteger.TEN) + "}",
                "{\"organization_id\":" + f.org + ",\"name\":\"L\",\"ccu_limit\":1e999999999}",
                "{\"organization_id\":1e999999999,\"name\":\"L\"}")) {
            refused(400, () -> client().postJson("/api/counters/licenses", body, bearer(f.orgAdmin)));
        }
        assertEquals(before, Fixtures.count("SELECT COUNT(*) FROM counters_license"), "no license added");
        assertEquals("organization_id must be an organization's id", refused(400, () -> client().get(
                "/api/counters/licenses?organization_id=" + wrapped, bearer(f.orgAdmin))));
        HttpResponse<String> list = client().get("/api/counters/licenses?organization_id=" + f.org, bearer(f.orgAdmin));
        assertEquals(200, list.statusCode(), list.body());
        stillAnswers();
    }

    @Test
    void aLicensesTermsAreCheckedOnlyForItsOrganizationsAdmins() {
        // the service asks who is asking before it judges the terms, on the API as on the page's form:
        // a limit past an int was a 400 for anyone before, telling outsiders the organization exists
        String body = "{\"organization_id\":" + f.org + ",\"name\":\"Terms\",\"ccu_limit\":" + BigInteger.TWO.pow(64) + "}";
        long before = Fixtures.count("SELECT COUNT(*) FROM counters_license");
        assertEquals("no such organization", refused(404, () -> client().postJson("/api/counters/licenses", body, bearer(f.neighbour))));
        refused(403, () -> client().postJson("/api/counters/licenses", body, bearer(f.viewer)));
        assertEquals("ccu_limit must be a positive number",
                refused(400, () -> client().postJson("/api/counters/licenses", body, bearer(f.orgAdmin))));
        assertEquals(before, Fixtures.count("SELECT COUNT(*) FROM counters_license"), "no license added");
        stillAnswers();
    }

    private HttpResponse<String> post(String path, String body) {
        return client().postJson("/api/counters/" + path, body, bearer(f.viewer));
    }

    /** The message of a refused graph of Usa's Ccu with the query string (read as text: no PNG is expected). */
    private String graph(String query) {
        return refused(400, () -> client().get("/api/counters/graph/app/" + f.usaKey + "/us/Ccu" + query, bearer(f.viewer)));
    }
}
