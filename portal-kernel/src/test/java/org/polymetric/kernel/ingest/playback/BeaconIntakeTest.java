package org.polymetric.kernel.ingest.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.geo.Device;
import org.polymetric.kernel.geo.DeviceClass;
import org.polymetric.kernel.geo.Network;
import org.polymetric.kernel.geo.Place;
import org.polymetric.kernel.tenancy.GameCard;

class BeaconIntakeTest {
    private static final GameCard GAME = new GameCard(42, 7, 3, "k1", "secret", ZoneOffset.UTC, "Game", GameCard.State.LIVE);
    private static final Map<String, GameCard> CARDS = Map.of("k1", GAME);
    private final AtomicInteger deviceAsks = new AtomicInteger();

    private List<Beacon> enrich(String body) {
        List<BeaconReport> reports = BeaconParser.parse(body.getBytes(StandardCharsets.UTF_8), BeaconParserTest.NOW).beacons();
        return BeaconIntake.enrich(reports, CARDS, Optional.of(new Place("US", "Mountain View")),
                Optional.of(new Network(15169, "Google LLC")), () -> {
                    deviceAsks.incrementAndGet();
                    return new Device("Chrome", "Windows", DeviceClass.DESKTOP);
                }, BeaconParserTest.NOW + 5);
    }

    @Test
    void theRequestDescribesTheClientOnceForAllItsBeacons() {
        List<Beacon> beacons = enrich("[" + BeaconParserTest.FULL + ", " + BeaconParserTest.MINIMAL + "]");
        assertEquals(1, deviceAsks.get(), "the user agent is read once per request");
        Beacon b = beacons.get(0);
        assertEquals(42, b.gameId());
        assertEquals(7, b.organizationId());
        assertEquals("Chrome", b.browser());
        assertEquals("Windows", b.os());
        assertEquals("Chrome", b.platform(), "a web player's platform is its browser");
        assertEquals("US", b.countryCode());
        assertEquals("Mountain View", b.city());
        assertEquals("Google LLC", b.isp());
        assertEquals(BeaconParserTest.NOW + 5, b.receivedAtMs());
        assertEquals(BeaconParserTest.NOW - 11_000, b.startMs());
        assertEquals(Long.valueOf(80), b.responseTimeCdnMs());
    }

    @Test
    void aBeaconsOwnDescriptionWins() {
        Beacon b = enrich("[" + BeaconParserTest.MINIMAL.replace("}", ", \"browser\": \"ExoPlayer\", \"os\": \"Android\","
                + " \"platform\": \"ANDROID\", \"country_code\": \"fr\", \"isp\": \"Orange\"}") + "]").get(0);
        assertEquals(0, deviceAsks.get(), "a beacon that names its device costs no user-agent parse");
        assertEquals("ExoPlayer", b.browser());
        assertEquals("Android", b.os());
        assertEquals("ANDROID", b.platform());
        assertEquals("FR", b.countryCode());
        assertEquals("", b.city(), "the request's city lies in another country than the beacon's");
        assertEquals("Orange", b.isp());
    }

    @Test
    void aNativePlayersPlatformIsItsOperatingSystem() {
        Beacon b = BeaconIntake.enrich(BeaconParser.parse(("[" + BeaconParserTest.MINIMAL + "]").getBytes(StandardCharsets.UTF_8),
                BeaconParserTest.NOW).beacons(), CARDS, Optional.empty(), Optional.empty(),
                () -> new Device("Other", "Android", DeviceClass.PHONE), BeaconParserTest.NOW).get(0);
        assertEquals("Android", b.platform());
    }

    @Test
    void stringsAreNeverNull() {
        Beacon b = BeaconIntake.enrich(BeaconParser.parse(("[" + BeaconParserTest.MINIMAL + "]").getBytes(StandardCharsets.UTF_8),
                BeaconParserTest.NOW).beacons(), CARDS, Optional.empty(), Optional.empty(),
                () -> new Device("Other", "Other", DeviceClass.OTHER), BeaconParserTest.NOW).get(0);
        assertEquals("", b.countryCode());
        assertEquals("", b.city());
        assertEquals("", b.isp());
        assertEquals("", b.sessionId());
        assertEquals("Other", b.platform());
    }
}
