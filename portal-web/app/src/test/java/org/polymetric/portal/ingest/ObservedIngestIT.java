package org.polymetric.portal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.polymetric.kernel.module.PortalModule;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalDeployment;
import org.polymetric.portal.TestDatabase;

/**
 * The kernel's ingest contract through the real server, with a module built on it (the probe):
 * its answer comes after every observer's rows are committed, observers share one transaction
 * (one that fails rolls back the other's rows too), and the Arrival describes the caller.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
@RunAsClient
class ObservedIngestIT {
    private static final String CHROME_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
    @Deployment(testable = false)
    static WebArchive deployment() {
        JavaArchive probe = ShrinkWrap.create(JavaArchive.class, "module-probe.jar")
                .addClasses(ProbeModule.class, ProbeResource.class, ProbeQueue.class, ProbeItem.class, ProbeRollups.class)
                .addAsManifestResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" "
                        + "bean-discovery-mode=\"annotated\"/>"), "beans.xml")
                .addAsServiceProvider(PortalModule.class, ProbeModule.class);
        return PortalDeployment.war().addAsLibrary(probe);
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void tables() throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            for (String table : List.of("probe_first", "probe_second")) {
                s.execute("CREATE TABLE IF NOT EXISTS " + table + " (v VARCHAR(64) PRIMARY KEY, country VARCHAR(8) NOT NULL) ENGINE=InnoDB");
            }
        }
    }

    private HttpResponse<String> add(PortalClient c, String value) {
        return c.postBytes("/api/probe/items", "text/plain", value.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean stored(String table, String value) throws Exception {
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE v = ?")) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1) == 1;
            }
        }
    }

    /** Posts the values from 16 threads at once, so that they queue up together; answers in the values' order. */
    private List<HttpResponse<String>> concurrently(List<String> values) throws Exception {
        PortalClient c = new PortalClient(base.toURI());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<HttpResponse<String>>> pending = new ArrayList<>();
            for (String value : values) {
                pending.add(pool.submit(() -> add(c, value)));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> a : pending) {
                answers.add(a.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anAnswerComesOnlyAfterEveryObserversRowsAreCommitted() throws Exception {
        PortalClient c = new PortalClient(base.toURI());
        assertEquals(204, add(c, "committed-1").statusCode());
        // read on another connection right after the answer: only committed rows are visible there
        assertTrue(stored("probe_first", "committed-1"));
        assertTrue(stored("probe_second", "committed-1"));
    }

    @Test
    void anObserverThatFailsRollsBackTheOtherObserversRowsAndTheCallerHears503() throws Exception {
        PortalClient c = new PortalClient(base.toURI());
        long started = System.nanoTime();
        HttpResponse<String> refused = add(c, "refuse-1");
        assertEquals(503, refused.statusCode());
        assertEquals("busy, try again", PortalClient.json(refused).getString("error"));
        assertTrue(System.nanoTime() - started < 3_000_000_000L, "answered in under 3 s");
        assertTrue(!stored("probe_first", "refuse-1"), "the first observer's row was rolled back");
        assertTrue(!stored("probe_second", "refuse-1"));
        // the writer goes on with the next batch
        assertEquals(204, add(c, "after-refusal").statusCode());
        assertTrue(stored("probe_first", "after-refusal"));
        assertTrue(stored("probe_second", "after-refusal"));
    }

    @Test
    void concurrentRequestsAreCommittedTogetherAndEachIsAnswered() throws Exception {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            values.add("many-" + i);
        }
        for (HttpResponse<String> answer : concurrently(values)) {
            assertEquals(204, answer.statusCode());
        }
        for (int i = 0; i < 64; i++) {
            assertTrue(stored("probe_first", "many-" + i));
            assertTrue(stored("probe_second", "many-" + i));
        }
    }

    @Test
    void anItemTheObserverRefusesAmongConcurrentOnesFailsAloneAndTheOthersCommit() throws Exception {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            // the refused one in the middle: whatever batch it lands in likely holds others on both sides
            values.add(i == 32 ? "refuse-among" : "among-" + i);
        }
        List<HttpResponse<String>> answers = concurrently(values);
        for (int i = 0; i < 64; i++) {
            assertEquals(i == 32 ? 503 : 204, answers.get(i).statusCode(), "request " + i);
        }
        for (int i = 0; i < 64; i++) {
            if (i != 32) {
                assertTrue(stored("probe_first", "among-" + i));
                assertTrue(stored("probe_second", "among-" + i));
            }
        }
        assertTrue(!stored("probe_first", "refuse-among"));
        assertTrue(!stored("probe_second", "refuse-among"));
    }

    @Test
    void theArrivalDescribesTheCallersAddressAndUserAgent() throws Exception {
        PortalClient c = new PortalClient(base.toURI());
        long before = System.currentTimeMillis();
        JsonObject arrival = PortalClient.json(c.get("/api/probe/arrival", "User-Agent", CHROME_ON_WINDOWS));
        assertEquals(base.getHost(), arrival.getString("address"));
        assertEquals("Chrome", arrival.getString("browser"));
        assertEquals("Windows", arrival.getString("os"));
        assertEquals("DESKTOP", arrival.getString("deviceClass"));
        assertTrue(arrival.getJsonNumber("receivedAt").longValue() >= before);
    }

    /** The ITs' server trusts 127.0.0.1 as a proxy (POLYMETRIC_TRUSTED_PROXIES), not the address it is reached at. */
    @Test
    void onlyATrustedProxyNamesTheClientWhoseCountryTheArrivalLooksUp() throws Exception {
        PortalClient viaProxy = new PortalClient(URI.create("http://127.0.0.1:" + base.getPort() + "/"));
        JsonObject proxied = PortalClient.json(viaProxy.get("/api/probe/arrival", "X-Forwarded-For", "8.8.8.8"));
        assertEquals("8.8.8.8", proxied.getString("address"));
        assertEquals("US", proxied.getString("country"));
        assertEquals("Other", proxied.getString("browser"), "no User-Agent header");
        JsonObject forged = PortalClient.json(new PortalClient(base.toURI()).get("/api/probe/arrival", "X-Forwarded-For", "8.8.8.8"));
        assertEquals(base.getHost(), forged.getString("address"));
    }
}
