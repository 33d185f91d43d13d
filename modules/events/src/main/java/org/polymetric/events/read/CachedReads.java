package org.polymetric.events.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.polymetric.events.domain.Period;
import org.polymetric.events.ingest.Refusal;
import org.polymetric.kernel.web.KeptAnswers;

/**
 * Read answers kept while a game's data does not change. The ingest writer moves the game's
 * {@code data_version} in the transaction that commits new data (read with the game's zone in
 * one query), so an answer is reused only while no instance has committed anything for that
 * game since; the key also names the day
 * (periods are relative to today) and the game's zone. A dashboard over 30 days then costs one
 * primary-key read instead of its aggregations. Live reads are never kept.
 *
 * <p>Keys hold the parameters as read, not as sent: the period as the days it names (so
 * {@code period=garbage} and {@code 30days} are one answer), and only the parameters the read
 * uses. Refusals (an unknown method or path, a period over the limit) and reads of an unknown
 * metric are never kept, so made-up parameters cannot fill the store.
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

    private static final Set<String> READ_EVENTS = Set.of("events");

    /** A kept answer's parameters as read; unused ones are null. */
    private record Key(String path, Period period, String metric, String event, String events, String segmentation,
                       Integer hour) {
    }

    /** {@code /o?method=}: as {@link ReadMethods#read}, kept unless live. */
    public byte[] method(ReadApp.Target app, String method, ReadMethods.Query q) {
        Period period = period(app, q.period(), q.action());
        if (method == null || NEVER_KEPT.contains(method)) {
            return methods.read(app, method, q).getBytes(StandardCharsets.UTF_8);
        }
        boolean events = READ_EVENTS.contains(method);
        Key key = new Key("o/" + method, period, null, events ? q.event() : null, events ? q.eventsList() : null,
                events ? q.segmentation() : null, null);
        return kept(app, key, () -> methods.read(app, method, q));
    }

    /** The period a read names, or a refusal naming the limit when it is longer than Countly reads. */
    private static Period period(ReadApp.Target app, String period, String action) {
        try {
            return Period.within(period, action, app.zone(), app.today());
        } catch (Period.TooLong e) {
            throw new Refusal(400, "Invalid parameter \"period\": " + e.getMessage());
        }
    }

    /**
     * {@code /o/analytics/<path>}. Series that run by hour end at the current one, so those
     * answers are kept per hour as well.
     */
    public byte[] analytics(ReadApp.Target app, String path, Analytics.Query q) {
        // the dashboard and the countries answer fixed periods and read no period parameter
        Period period = path.equals("dashboard") || path.equals("countries") ? null : period(app, q.period(), q.action());
        Key what = switch (path) {
            case "dashboard", "countries" -> new Key("analytics/" + path, null, null, null, null, null, null);
            case "metric" -> Analytics.knowsMetric(q.metric()) ? new Key("analytics/metric", period, q.metric(), null, null,
                    null, LocalDateTime.now(app.zone()).getHour()) : null;
            case "events" -> new Key("analytics/events", period, null, q.event(), q.events(), q.segmentation(),
                    LocalDateTime.now(app.zone()).getHour());
            case "sessions", "tops", "loyalty", "frequency", "durations" -> new Key("analytics/" + path, period, null, null,
                    null, null, LocalDateTime.now(app.zone()).getHour());
            default -> null;
        };
        Supplier<String> render = () -> {
            Object answer = switch (path) {
                case "dashboard" -> dashboard.dashboard(app.gameId(), app.zone(), app.today());
                case "countries" -> dashboard.countries(app.gameId(), app.today());
                default -> analytics.read(app, path, q);
            };
            return ReadMethods.json(answer);
        };
        // an unknown path or metric: answered (a refusal, or []) but not kept
        return what == null ? render.get().getBytes(StandardCharsets.UTF_8) : kept(app, what, render);
    }

    private byte[] kept(ReadApp.Target app, Object what, Supplier<String> render) {
        Object key = List.of(app.gameId(), app.dataVersion(), app.zone().getId(), app.today().toString(), what);
        return answers.get(key, KeptAnswers.ANY_AGE, () -> render.get().getBytes(StandardCharsets.UTF_8));
    }
}
