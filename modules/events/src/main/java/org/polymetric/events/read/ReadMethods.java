package org.polymetric.events.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polymetric.events.domain.Metric;
import org.polymetric.events.domain.Period;
import org.polymetric.events.ingest.Refusal;
import org.polymetric.kernel.web.JsonBuilders;

/**
 * Countly's {@code /o?method=}: picks what a method reads and shapes it as Countly does. Each
 * answer is a JSON text; the resource adds JSONP and headers.
 */
@ApplicationScoped
public class ReadMethods {
    /**
     * The families {@code device_details} (and {@code app_versions}, which Countly answers from
     * the same document) mixes into one tree, as Countly's device document does.
     */
    static final List<String> DEVICE_DETAILS = List.of(Metric.OS.family(), Metric.OS_VERSION.family(),
            Metric.RESOLUTION.family(), Metric.DENSITY.family(), Metric.MANUFACTURER.family(),
            Metric.DEVICE_TYPE.family(), Metric.BROWSER.family(), Metric.APP_VERSION.family());
    /** Live reads look this far back, in slots of {@link #LIVE_SLOT} seconds. */
    static final int LIVE_SECONDS = 300;
    static final int LIVE_SLOT = 10;
    /** Retention follows a cohort this many days. */
    static final int RETENTION_DAYS = 30;

    @Inject
    SessionTrees sessions;

    @Inject
    EventTrees events;

    @Inject
    RollupReader rollups;

    @Inject
    Reports reports;

    /** Parameters a read method takes besides {@code app_id} and {@code method}. */
    public record Query(String period, String action, String event, String eventsList, String segmentation) {
    }

    public String read(ReadApp.Target app, String method, Query q) {
        if (method == null || method.isEmpty()) {
            throw new Refusal(400, "Invalid method");
        }
        LocalDate today = app.today();
        Period period = Period.parse(q.period(), q.action(), app.zone(), today);
        Object answer = switch (method) {
            case "sessions", "users", "locations", "countries" -> sessions.totals(app.gameId(), period);
            case "cities" -> sessions.segmented(app.gameId(), List.of("cities"), period);
            case "device_details", "app_versions" -> sessions.segmented(app.gameId(), DEVICE_DETAILS, period);
            case "devices" -> sessions.segmented(app.gameId(), List.of(Metric.DEVICE.family()), period);
            case "carriers" -> sessions.segmented(app.gameId(), List.of(Metric.CARRIER.family()), period);
            case "langs" -> sessions.segmented(app.gameId(), List.of(Metric.LOCALE.family()), period);
            case "events" -> eventTrees(app, q, period);
            case "get_events" -> events.catalog(app.gameId());
            case "top_events" -> events.top(app.gameId(), period, 10);
            case "total_users" -> totalUsers(app, period);
            case "live" -> live(app);
            case "live_graph" -> liveGraph(app);
            case "retention" -> retention(app, period);
            default -> throw new Refusal(400, "Invalid method");
        };
        return json(answer);
    }

    /** An answer as Countly sends it: its keys and strings HTML-escaped ({@link HtmlEntities}). */
    static String json(Object answer) {
        Object escaped = HtmlEntities.escape(answer);
        return escaped instanceof List<?> list ? JsonBuilders.array(list).build().toString()
                : JsonBuilders.object(asMap(escaped)).build().toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> asMap(Object o) {
        return (Map<String, ?>) o;
    }

    private Map<String, Object> eventTrees(ReadApp.Target app, Query q, Period period) {
        List<String> keys = new ArrayList<>();
        boolean several = false;
        if (q.eventsList() != null && !q.eventsList().isEmpty()) {
            JsonValue list;
            try {
                list = JsonBuilders.parse(q.eventsList());
            } catch (RuntimeException e) {
                throw new Refusal(400, "Invalid parameter \"events\"");
            }
            if (list.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new Refusal(400, "Invalid parameter \"events\"");
            }
            for (JsonValue v : list.asJsonArray()) {
                if (v instanceof JsonString s) {
                    keys.add(s.getString());
                }
            }
            several = true;
        } else if (q.event() != null && !q.event().isEmpty()) {
            keys.add(q.event());
        }
        String segment = q.segmentation() == null || q.segmentation().isEmpty() || q.segmentation().equals("no-segment")
                ? null : q.segmentation();
        return events.events(app.gameId(), keys, several, segment, period);
    }

    /**
     * Devices whose latest request falls in the period, among those that began a session.
     * Countly's answer: {@code [{"_id": "users", "u": n}]}, or {@code []} when there is no user. */
    private List<Map<String, Object>> totalUsers(ReadApp.Target app, Period period) {
        long from = period.from().atStartOfDay(app.zone()).toEpochSecond();
        long to = period.to().plusDays(1).atStartOfDay(app.zone()).toEpochSecond();
        long users = rollups.devicesSeen(app.gameId(), from, to);
        return users == 0 ? List.of() : List.of(Map.of("_id", "users", "u", users));
    }

    private Map<String, Object> live(ReadApp.Target app) {
        long since = System.currentTimeMillis() / 1000 - LIVE_SECONDS;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("users", rollups.activeDevices(app.gameId(), since, 0).values().stream().mapToLong(Long::longValue).sum());
        out.put("sessions", rollups.openSessions(app.gameId(), since));
        out.put("seconds", LIVE_SECONDS);
        return out;
    }

    /** Devices by the 10-second slot of their latest request over the last five minutes, oldest first. */
    private Map<String, Object> liveGraph(ReadApp.Target app) {
        long now = System.currentTimeMillis() / 1000;
        long first = (now - LIVE_SECONDS) / LIVE_SLOT * LIVE_SLOT + LIVE_SLOT;
        Map<Long, Long> slots = rollups.activeDevices(app.gameId(), first, LIVE_SLOT);
        List<Map<String, Object>> points = new ArrayList<>();
        for (long slot = first; slot <= now; slot += LIVE_SLOT) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("ts", slot * 1000);
            point.put("u", slots.getOrDefault(slot, 0L));
            points.add(point);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("slot", LIVE_SLOT);
        out.put("data", points);
        return out;
    }

    /** Day-N retention of each first-seen cohort in the period: users back on day 0..30 and the share. */
    private Map<String, Object> retention(ReadApp.Target app, Period period) {
        List<Map<String, Object>> cohorts = new ArrayList<>();
        for (Reports.Cohort cohort : reports.cohorts(app.gameId(), period, app.today(), RETENTION_DAYS)) {
            List<Object> percent = new ArrayList<>();
            for (int n = 0; n < cohort.retained().size(); n++) {
                percent.add(TimeTree.number(cohort.percent(n)));
            }
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("cohort", cohort.day().toString());
            c.put("users", cohort.users());
            c.put("retained", cohort.retained());
            c.put("percent", percent);
            cohorts.add(c);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("from", period.from().toString());
        range.put("to", period.to().toString());
        out.put("period", range);
        out.put("days", RETENTION_DAYS);
        out.put("cohorts", cohorts);
        return out;
    }
}
