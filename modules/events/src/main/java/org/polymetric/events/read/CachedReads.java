package org.polymetric.events.read;

import org.polymetric.events.ingest.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.polymetric.kernel.web.JsonBuilders;

/**
 * Read answers kept while a game's data does not change. The ingest writer moves the game's
 * {@code data_version} in the transaction that commits new data (read with the game's zone in
 * one query), so an answer is reused only while no instance has committed anything for that
 * game since; the key also names the day
 * (periods are relative to today) and the game's zone. A dashboard over 30 days then costs one
 * primary-key read instead of its aggregations. Live reads are never kept. Bounded by size;
 * the least recently used answers go first.
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

    private final LinkedHashMap<Object, byte[]> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long size;

    /** {@code /o?method=}: as {@link ReadMethods#read}, kept unless live. */
    public byte[] method(ReadApp.Target app, String method, ReadMethods.Query q) {
        if (method == null || NEVER_KEPT.contains(method)) {
            return methods.read(app, method, q).getBytes(StandardCharsets.UTF_8);
        }
        return kept(app, List.of("o", String.valueOf(method), q), () -> methods.read(app, method, q));
    }

    /** {@code /o/analytics/dashboard} and {@code /countries}. */
    public byte[] analytics(ReadApp.Target app, String path) {
        return kept(app, List.of("analytics", path), () -> {
            Map<String, ?> answer = switch (path) {
                case "dashboard" -> dashboard.dashboard(app.gameId(), app.today());
                case "countries" -> dashboard.countries(app.gameId(), app.today());
                default -> throw new Refusal(400, "Invalid path, must be one of /dashboard or /countries");
            };
            return JsonBuilders.object(answer).build().toString();
        });
    }

    /** UTF-8 JSON, kept encoded so that a hit costs no serialization. */
    private byte[] kept(ReadApp.Target app, Object what, Supplier<String> render) {
        Object key = List.of(app.gameId(), app.dataVersion(), app.zone().getId(), app.today().toString(), what);
        synchronized (answers) {
            byte[] known = answers.get(key);
            if (known != null) {
                return known;
            }
        }
        byte[] json = render.get().getBytes(StandardCharsets.UTF_8);
        synchronized (answers) {
            byte[] old = answers.put(key, json);
            size += json.length - (old == null ? 0 : old.length);
            var eldest = answers.entrySet().iterator();
            while (size > CAPACITY && eldest.hasNext()) {
                size -= eldest.next().getValue().length;
                eldest.remove();
            }
        }
        return json;
    }
}
