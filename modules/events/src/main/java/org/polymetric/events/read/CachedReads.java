package org.polymetric.events.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.polymetric.kernel.web.JsonBuilders;
import org.polymetric.kernel.web.KeptAnswers;

/**
 * Read answers kept while a game's data does not change. The ingest writer moves the game's
 * {@code data_version} in the transaction that commits new data (read with the game's zone in
 * one query), so an answer is reused only while no instance has committed anything for that
 * game since; the key also names the day
 * (periods are relative to today) and the game's zone. A dashboard over 30 days then costs one
 * primary-key read instead of its aggregations. Live reads are never kept.
 */
@ApplicationScoped
public class CachedReads {
    /** Bytes kept in all. */
    static final long CAPACITY = 16_000_000;
    private static final Set<String> NEVER_KEPT = Set.of("live", "live_graph");

    @Inject
    ReadMethods methods;

    @Inject
    Dashboard dashboard;

    @Inject
    Analytics analytics;

    private final KeptAnswers answers = new KeptAnswers(CAPACITY);

    /** {@code /o?method=}: as {@link ReadMethods#read}, kept unless live. */
    public byte[] method(ReadApp.Target app, String method, ReadMethods.Query q) {
        if (method == null || NEVER_KEPT.contains(method)) {
            return methods.read(app, method, q).getBytes(StandardCharsets.UTF_8);
        }
        return kept(app, List.of("o", String.valueOf(method), q), () -> methods.read(app, method, q));
    }

    /**
     * {@code /o/analytics/<path>}. Series that run by hour end at the current one, so those
     * answers are kept per hour as well.
     */
    @SuppressWarnings("unchecked")
    public byte[] analytics(ReadApp.Target app, String path, Analytics.Query q) {
        Object what = switch (path) {
            case "dashboard", "countries" -> List.of("analytics", path);
            default -> List.of("analytics", path, q, LocalDateTime.now(app.zone()).getHour());
        };
        return kept(app, what, () -> {
            Object answer = switch (path) {
                case "dashboard" -> dashboard.dashboard(app.gameId(), app.today());
                case "countries" -> dashboard.countries(app.gameId(), app.today());
                default -> analytics.read(app, path, q);
            };
            return answer instanceof List<?> list ? JsonBuilders.array(list).build().toString()
                    : JsonBuilders.object((Map<String, ?>) answer).build().toString();
        });
    }

    private byte[] kept(ReadApp.Target app, Object what, Supplier<String> render) {
        Object key = List.of(app.gameId(), app.dataVersion(), app.zone().getId(), app.today().toString(), what);
        return answers.get(key, KeptAnswers.ANY_AGE, () -> render.get().getBytes(StandardCharsets.UTF_8));
    }
}
