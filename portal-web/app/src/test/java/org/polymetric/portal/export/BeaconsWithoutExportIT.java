package org.polymetric.portal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalDeployment;
import org.polymetric.portal.TestDatabase;

/**
 * The portal built without the export module ({@code -Dwithout.export}): the kernel still takes
 * beacons, streamstats answers them, the export's API is gone and no export rows are written.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
@RunAsClient
class BeaconsWithoutExportIT {
    private static final long MINUTE = 60_000;
    private static final long HOUR = 3_600_000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.without("module-export-", 1);
    }

    @ArquillianResource
    URL base;

    @Test
    void beaconsAreTakenAndStreamstatsAnswersThem() throws Exception {
        PortalClient c = new PortalClient(URI.create(base.toString()));
        ExportApi.Game g = ExportApi.Game.create("Without export");
        long now = System.currentTimeMillis();
        ExportApi.posted(c, List.of(Play.of(g.key(), "d-1", now - MINUTE).bytes(6_000, 0).times(60_000, 0)));
        ExportApi api = ExportApi.token(c, "game", g.id(), "viewer");
        JsonObject summary = null;
        long until = System.currentTimeMillis() + 10_000;
        // streamstats folds its journal of rollups every second in the tests
        while (summary == null || summary.getJsonNumber("cdn_devices").longValue() == 0) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("streamstats did not count the beacon: " + summary);
            }
            HttpResponse<String> r = c.get("/api/streamstats/summary/agg?time=1h", "Authorization", "Bearer " + api.headers()[1]);
            assertEquals(200, r.statusCode(), r.body());
            JsonArray rows = (JsonArray) PortalClient.jsonOf(r.body());
            summary = rows.getJsonObject(0);
            Thread.sleep(100);
        }
        assertEquals(1, summary.getJsonNumber("cdn_devices").longValue(), summary.toString());
        assertEquals(404, api.post("", Expected.request(now / HOUR * HOUR, now / HOUR * HOUR + HOUR, "1h", List.of("http"),
                List.of(), Map.of())).statusCode(), "the export is not there");
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM export_minute WHERE game_id = ?", g.id()), "no export rows");
    }
}
