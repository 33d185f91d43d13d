package org.polymetric.portal.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * The portal without any module jar, so that nothing observes {@code Ingested<Beacon>} whatever
 * modules the build holds: the beacon endpoint still exists, reads nothing and says why (404).
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
@RunAsClient
class PlaybackWithoutTakerIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        // every module out (a count of -1: however many the build has)
        return PortalDeployment.without("module-", -1);
    }

    @ArquillianResource
    URL base;

    @Test
    void withoutAModuleThatTakesBeaconsTheEndpointSaysSoAndStoresNothing() throws Exception {
        PortalClient c = new PortalClient(base.toURI());
        String beacon = "[{\"app_key\": \"k\", \"device_id\": \"d\", \"timestamp\": " + System.currentTimeMillis()
                + ", \"interval_ms\": 10000, \"channel_id\": \"c\", \"stream_id\": \"s\"}]";
        HttpResponse<String> answer = c.postBytes("/api/ingest/playback", "application/json", beacon.getBytes(StandardCharsets.UTF_8));
        assertEquals(404, answer.statusCode(), answer.body());
        assertEquals("no module takes playback beacons", PortalClient.json(answer).getString("error"));
        assertFalse(PortalClient.json(answer).containsKey("index"));
        assertEquals("*", answer.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }
}
