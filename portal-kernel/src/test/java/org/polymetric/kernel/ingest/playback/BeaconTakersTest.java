package org.polymetric.kernel.ingest.playback;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Type;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.ingest.Ingested;

class BeaconTakersTest {
    @SuppressWarnings("unused")
    private static final class Observers {
        void beacons(Ingested<Beacon> e) {
        }

        void any(Ingested<?> e) {
        }

        void records(Ingested<? extends Record> e) {
        }

        void raw(@SuppressWarnings("rawtypes") Ingested e) {
        }

        void strings(Ingested<String> e) {
        }

        void numbers(Ingested<? extends Number> e) {
        }

        void everything(Object e) {
        }

        void beacon(Beacon e) {
        }
    }

    private static Type observed(String method) {
        for (var m : Observers.class.getDeclaredMethods()) {
            if (m.getName().equals(method)) {
                return m.getGenericParameterTypes()[0];
            }
        }
        throw new IllegalArgumentException(method);
    }

    @Test
    void observersOfTheBeaconsEventTakeThem() {
        for (String m : new String[] {"beacons", "any", "records", "raw"}) {
            assertTrue(BeaconTakers.takesBeacons(observed(m)), m);
        }
    }

    @Test
    void otherObserversDoNot() {
        for (String m : new String[] {"strings", "numbers", "everything", "beacon"}) {
            assertFalse(BeaconTakers.takesBeacons(observed(m)), m);
        }
    }

    @Test
    void withoutObserversTheEndpointHasNoTaker() {
        assertFalse(new BeaconTakers().any());
    }
}
