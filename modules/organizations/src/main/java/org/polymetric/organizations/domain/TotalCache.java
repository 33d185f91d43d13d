package org.polymetric.organizations.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.polymetric.kernel.security.RequestMemo;

/**
 * List totals ({@code meta.total}) remembered per organization state. Counting 10 000 games on
 * every page read was most of the database's work; a total is reused only while the
 * organization's {@code tenancy_version} (moved by triggers on every studio and game change) is
 * the one it was counted at, so no instance ever serves a stale total.
 */
@ApplicationScoped
public class TotalCache {
    private static final int ENTRIES = 10_000;

    @Inject
    EntityManager em;

    private final Map<Object, Long> totals = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Long> eldest) {
            return size() > ENTRIES;
        }
    };

    /**
     * The organization's tenancy version as this request sees it: known from a token call's
     * credential read, else one primary-key read (then kept for the rest of the request).
     */
    public long version(long organizationId) {
        return RequestMemo.tenancyVersion(organizationId, () -> ((Number) em
                .createNativeQuery("SELECT tenancy_version FROM organization WHERE id = ?")
                .setParameter(1, organizationId).getSingleResult()).longValue());
    }

    /** The total for {@code key} at {@code version}, counted by {@code count} when not known. */
    public long total(long version, Object key, LongSupplier count) {
        Object versioned = List.of(version, key);
        synchronized (totals) {
            Long known = totals.get(versioned);
            if (known != null) {
                return known;
            }
        }
        long counted = count.getAsLong();
        synchronized (totals) {
            totals.put(versioned, counted);
        }
        return counted;
    }
}
