package org.polymetric.kernel.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.polymetric.kernel.config.PortalSettings;
import org.polymetric.kernel.config.Setting;

/**
 * {@code POLYMETRIC_API_RATE_LIMIT} calls per token per minute (0: no limit), counted in fixed
 * minute windows in Payara's JCache, which its Hazelcast grid shares across a cluster. Counts are
 * plain longs updated by compare-and-set, so nothing but JDK types travels through the grid. A
 * module with a limit of its own on some calls (Peer5's export) counts them here too, under its
 * own name ({@link #retryAfter(String, long, long)}).
 */
@ApplicationScoped
public class ApiRateLimit {
    static final String CACHE = "polymetric-api-rate";

    @Inject
    PortalSettings settings;

    private volatile Cache<String, Long> counts;

    /** Seconds until the caller may call again, when this call is over the limit. */
    public OptionalLong retryAfter(long tokenId) {
        return retryAfter("api", tokenId, Long.parseLong(settings.get().require(Setting.API_RATE_LIMIT)));
    }

    /**
     * Counts one call of {@code counter} (a name of its own, e.g. the module's id) by the token,
     * and the seconds until it may call again when this call is over {@code limit} per minute (0:
     * no limit, nothing counted).
     */
    public OptionalLong retryAfter(String counter, long tokenId, long limit) {
        if (limit == 0) {
            return OptionalLong.empty();
        }
        long now = Instant.now().getEpochSecond();
        String key = counter + ":" + tokenId + ":" + now / 60;
        return increment(key) > limit ? OptionalLong.of(60 - now % 60) : OptionalLong.empty();
    }

    private long increment(String key) {
        Cache<String, Long> cache = cache();
        while (true) {
            Long current = cache.get(key);
            if (current == null) {
                if (cache.putIfAbsent(key, 1L)) {
                    return 1;
                }
            } else if (cache.replace(key, current, current + 1)) {
                return current + 1;
            }
        }
    }

    private Cache<String, Long> cache() {
        Cache<String, Long> c = counts;
        if (c == null) {
            synchronized (this) {
                if (counts == null) {
                    counts = open();
                }
                c = counts;
            }
        }
        return c;
    }

    private static Cache<String, Long> open() {
        try {
            CacheManager manager = InitialContext.doLookup("payara/CacheManager");
            Cache<String, Long> existing = manager.getCache(CACHE, String.class, Long.class);
            if (existing != null) {
                return existing;
            }
            return manager.createCache(CACHE, new MutableConfiguration<String, Long>().setTypes(String.class, Long.class)
                    .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.MINUTES, 2))));
        } catch (NamingException e) {
            throw new IllegalStateException("Payara's JCache (payara/CacheManager) is not available", e);
        } catch (javax.cache.CacheException e) {
            // another thread or instance created it first
            try {
                CacheManager manager = InitialContext.doLookup("payara/CacheManager");
                return manager.getCache(CACHE, String.class, Long.class);
            } catch (NamingException inner) {
                throw new IllegalStateException(inner);
            }
        }
    }
}
