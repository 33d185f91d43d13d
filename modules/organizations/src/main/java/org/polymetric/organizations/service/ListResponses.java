package org.polymetric.organizations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.polymetric.kernel.web.KeptAnswers;
import org.polymetric.organizations.domain.TotalCache;

/**
 * Rendered list pages ({@code GET /games}, {@code /studios}) kept per organization state. An
 * answer is reused only while the organization's {@code tenancy_version} (moved by triggers on
 * every studio and game change, whoever makes it) is the one it was rendered at, and for what the
 * key names: the caller's reach and every list parameter. So no instance serves a list that
 * misses a change; the one thing that ages is activity (DAU/WAU/MAU), which another module
 * provides: with a provider present, answers are kept {@link #ACTIVITY_SECONDS} seconds at most.
 * Bounded by total size; the least recently used answers go first.
 */
@ApplicationScoped
public class ListResponses {
    static final long ACTIVITY_SECONDS = 30;
    /** Bytes kept in all (a 100-game page is about 45 000). */
    static final long CAPACITY = 8_000_000;

    @Inject
    TotalCache totals;

    @Inject
    Activity activity;

    private final KeptAnswers answers = new KeptAnswers(CAPACITY);

    /**
     * The answer for {@code key} in the organization's current state (UTF-8 JSON, kept encoded so
     * a hit costs no serialization), rendered by {@code render} when not kept.
     */
    public byte[] get(long organizationId, Object key, Supplier<String> render) {
        long maxAge = activity.available() ? ACTIVITY_SECONDS * 1_000_000_000L : KeptAnswers.ANY_AGE;
        return answers.get(List.of(totals.version(organizationId), key), maxAge,
                () -> render.get().getBytes(StandardCharsets.UTF_8));
    }
}
