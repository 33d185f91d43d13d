package org.polymetric.kernel.ingest.playback;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessObserverMethod;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import org.polymetric.kernel.ingest.Ingested;

/**
 * Whether any bean of this deployment observes {@code Ingested<Beacon>}, learnt while CDI starts:
 * a portal built without the modules that take beacons (streamstats, export) must store nothing
 * and say so (404), not acknowledge beacons that go nowhere. A portable extension sees every
 * observer method as the container finds it; {@code BeanManager.resolveObserverMethods} cannot be
 * asked, as it resolves by the event object's class, and the generic {@code Ingested} has no class
 * of its own per item type.
 */
public class BeaconTakers implements Extension {
    private volatile boolean any;

    void seen(@Observes ProcessObserverMethod<?, ?> event) {
        if (takesBeacons(event.getObserverMethod().getObservedType())) {
            any = true;
        }
    }

    /** True when at least one observer method receives {@code Ingested<Beacon>}. */
    public boolean any() {
        return any;
    }

    /**
     * Whether an observer of {@code observed} receives the beacons' event: {@code Ingested<Beacon>},
     * {@code Ingested<?>} (or a wildcard Beacon fits) and raw {@code Ingested}. An observer of
     * {@code Object} receives every event, but takes nothing in particular: it does not count.
     */
    static boolean takesBeacons(Type observed) {
        if (observed == Ingested.class) {
            return true;
        }
        if (!(observed instanceof ParameterizedType p) || p.getRawType() != Ingested.class) {
            return false;
        }
        Type item = p.getActualTypeArguments()[0];
        if (item == Beacon.class) {
            return true;
        }
        if (item instanceof WildcardType w) {
            for (Type upper : w.getUpperBounds()) {
                if (!(upper instanceof Class<?> c) || !c.isAssignableFrom(Beacon.class)) {
                    return false;
                }
            }
            for (Type lower : w.getLowerBounds()) {
                if (!(lower instanceof Class<?> c) || !Beacon.class.isAssignableFrom(c)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
