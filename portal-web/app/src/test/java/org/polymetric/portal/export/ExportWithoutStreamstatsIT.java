package org.polymetric.portal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalDeployment;
import org.polymetric.portal.TestDatabase;

/**
 * The portal built without streamstats ({@code -Dwithout.streamstats}: the real WAR without its
 * jar): the kernel still takes beacons, and the export, which observes them without streamstats,
 * answers them.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
@RunAsClient
class ExportWithoutStreamstatsIT {
    private static final long MINUTE = 60_000;
    private static final long HOUR = 3_600_000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.without("module-streamstats-", 1);
    }

    @ArquillianResource
    URL base;

    @Test
    void beaconsPostedAreExported() throws Exception {
        PortalClient c = new PortalClient(URI.create(base.toString()));
        long from = System.currentTimeMillis() / HOUR * HOUR - HOUR;
        ExportApi.Posted posted = ExportApi.Posted.of(c, "Without streamstats", key -> List.of(
                Play.of(key, "d-1", from + 2 * MINUTE + 30_000).lasting(90_000).bytes(3_000, 600).times(90_000, 0),
                Play.of(key, "d-2", from + 2 * MINUTE).bytes(1_000, 0).times(50_000, 10_000).with("browser.name", "Firefox")));
        List<Play> plays = posted.plays();
        ExportApi api = posted.api();
        List<String> all = List.of("http", "p2p", "played", "rebuffered", "sessions");
        assertEquals(Expected.data(plays, from, from + 10 * MINUTE, MINUTE, all, List.of("browser.name"), Map.of()),
                api.data(Expected.request(from, from + 10 * MINUTE, "1m", all, List.of("browser.name"), Map.of())));
        assertEquals(404, c.get("/api/streamstats/summary?time=1h&game_id=" + posted.game().id(), api.headers()).statusCode(),
                "streamstats is not there");
    }
}
