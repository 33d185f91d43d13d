package org.polymetric.kernel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.geo.Device;
import org.polymetric.kernel.geo.DeviceClass;
import org.polymetric.kernel.geo.Enrichment;
import org.polymetric.kernel.geo.Network;
import org.polymetric.kernel.geo.Place;

class ArrivalTest {
    /** Records what it is asked; answers fixed facts. */
    static final class CountingEnrichment extends Enrichment {
        final List<String> asked = new ArrayList<>();

        @Override
        public Optional<Place> locate(String address) {
            asked.add("place " + address);
            return Optional.of(new Place("DE", "Berlin"));
        }

        @Override
        public Optional<Network> network(String address) {
            asked.add("network " + address);
            return Optional.of(new Network(3320, "Telekom"));
        }

        @Override
        public Device device(String userAgent) {
            asked.add("device " + userAgent);
            return new Device("Firefox", "Linux", DeviceClass.DESKTOP);
        }
    }

    private final CountingEnrichment enrichment = new CountingEnrichment();
    private final Instant at = Instant.parse("2026-12-05T04:00:00Z");

    @Test
    void nothingIsLookedUpUntilAsked() {
        Arrival a = new Arrival(at, "198.51.100.7", "Mozilla/5.0", enrichment);
        assertEquals(at, a.receivedAt());
        assertEquals("198.51.100.7", a.address());
        assertEquals("Mozilla/5.0", a.userAgent());
        assertEquals(List.of(), enrichment.asked);
    }

    @Test
    void eachFactIsLookedUpOnceHoweverOftenItIsRead() {
        Arrival a = new Arrival(at, "198.51.100.7", "Mozilla/5.0", enrichment);
        Device device = a.device();
        for (int i = 0; i < 5; i++) {
            assertSame(device, a.device());
            assertEquals("Berlin", a.place().orElseThrow().city());
            assertEquals(3320, a.network().orElseThrow().asn());
        }
        assertEquals(List.of("device Mozilla/5.0", "place 198.51.100.7", "network 198.51.100.7"), enrichment.asked);
    }

    @Test
    void aMissingUserAgentIsEmpty() {
        Arrival a = new Arrival(at, "198.51.100.7", null, enrichment);
        assertEquals("", a.userAgent());
        a.device();
        assertEquals(List.of("device "), enrichment.asked);
    }

    @Test
    void theKernelsEnrichmentDescribesARealUserAgent() {
        Arrival a = new Arrival(at, "10.0.0.1",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
                new Enrichment());
        assertEquals(new Device("Mobile Safari", "iOS", DeviceClass.PHONE), a.device());
        assertEquals(Optional.empty(), a.place());
    }
}
