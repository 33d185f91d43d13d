package org.polymetric.events.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.polymetric.kernel.geo.Enrichment;
import org.polymetric.kernel.ingest.Arrival;
import org.polymetric.kernel.ingest.GroupCommitQueue;
import org.polymetric.kernel.tenancy.GameKeys;
import org.polymetric.kernel.web.JsonBuilders;

/**
 * Countly's {@code /i} and {@code /i/bulk}: checks a request in Countly's order (parameters, app,
 * app state, checksum, device), queues what it carries, and answers once it is committed.
 */
@ApplicationScoped
public class Ingest {
    /**
     * Longest an SDK waits for the writer to take its request before hearing 503 (and retrying):
     * a request not taken by then is never written, so the retry cannot count it twice; one taken
     * waits on for its batch's commit.
     */
    static final Duration COMMIT_WAIT = Duration.ofSeconds(20);
    /**
     * Items one {@code /i/bulk} may carry (Countly sets no bound; its SDKs send at most a few
     * dozen queued requests at a time). Every item may cost an app lookup and a device lock.
     */
    public static final int MAX_BULK = 1000;
    /** Distinct app keys looked up in one bulk; items naming further ones are skipped like unknown apps. */
    public static final int MAX_BULK_APPS = 10;

    /** A write's answer: status, Countly's {@code result} and, for a repeat, its {@code info}. */
    public record Reply(int status, String result, String info) {
        static Reply success() {
            return new Reply(200, "Success", null);
        }
    }

    @Inject
    AppDirectory apps;

    @Inject
    IngestQueue queue;

    @Inject
    Enrichment enrichment;

    private ReportParser parser;

    private ReportParser parser() {
        if (parser == null) {
            parser = new ReportParser(enrichment);
        }
        return parser;
    }

    /**
     * One SDK request.
     *
     * @param merged query and body merged, body winning
     * @param signed what the SDK signed: the query string or the body; for a game that requires a
     *               checksum the only parameters read
     */
    public Reply write(Map<String, String> merged, SignedPart signed, Arrival arrival) {
        try {
            App app = app(merged, signed.text());
            Map<String, String> params = app.checksumRequired() ? signed.values() : merged;
            if (ReportParser.ZERO_DEVICE.equals(params.get("device_id"))) {
                return new Reply(200, "Ignoring device_id", null);
            }
            Report report = parser().parse(app, params, arrival);
            Outcome outcome = commit(List.of(report));
            return outcome == Outcome.DUPLICATE ? new Reply(200, "Success", "Request ignored: Duplicate request")
                    : Reply.success();
        } catch (Refusal r) {
            return new Reply(r.status(), r.result(), null);
        }
    }

    /**
     * {@code /i/bulk}: the {@code requests} array, each item a request of its own that inherits
     * the outer {@code app_key}. Items Countly would skip (no device, unknown app, bad data) are
     * skipped; the others are committed together.
     */
    public Reply bulk(Map<String, String> params, SignedPart signedPart, Arrival arrival) {
        try {
            String outerKey = params.get("app_key");
            // the checksum signs the outer request: it vouches for its own app only
            App signed = null;
            try {
                Optional<App> outer = outerKey == null ? Optional.empty() : apps.byKey(outerKey);
                if (outer.isPresent()) {
                    Checksum.check(outer.get(), signedPart.text(), params.get("checksum"), params.get("checksum256"));
                    signed = outer.get();
                }
            } catch (SQLException e) {
                throw Refusal.busy();
            }
            String raw = (signed != null && signed.checksumRequired() ? signedPart.values() : params).get("requests");
            if (raw == null || raw.isEmpty()) {
                throw Refusal.missing("requests");
            }
            JsonValue requests;
            try {
                requests = JsonBuilders.parse(raw);
            } catch (RuntimeException e) {
                throw Refusal.invalid("requests");
            }
            if (requests.getValueType() != JsonValue.ValueType.ARRAY) {
                throw Refusal.invalid("requests");
            }
            if (requests.asJsonArray().size() > MAX_BULK) {
                throw new Refusal(400, "Invalid parameter \"requests\": at most " + MAX_BULK + " requests in one bulk");
            }
            List<Report> reports = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            JsonArray items = requests.asJsonArray();
            for (int place = 0; place < items.size(); place++) {
                JsonValue item = items.get(place);
                if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                    continue;
                }
                Map<String, String> one = flatten(item.asJsonObject());
                one.putIfAbsent("app_key", outerKey);
                String key = one.get("app_key");
                String device = one.get("device_id");
                if (key == null || device == null || device.isEmpty() || ReportParser.ZERO_DEVICE.equals(device)) {
                    continue;
                }
                if (GameKeys.isKey(key) && !keys.contains(key)) {
                    if (keys.size() >= MAX_BULK_APPS) {
                        // random well-formed keys must not buy a query each: SDKs send one app per bulk
                        continue;
                    }
                    keys.add(key);
                }
                try {
                    Optional<App> app = apps.byKey(key);
                    if (app.isEmpty() || !app.get().accepting() || app.get().checksumRequired() && !app.get().equals(signed)) {
                        continue;
                    }
                    reports.add(parser().parse(app.get(), one, arrival, place));
                } catch (Refusal skipped) {
                    // Countly drops a bad item and keeps the rest; a retry of the whole batch could not fix it
                } catch (SQLException e) {
                    throw Refusal.busy();
                }
            }
            if (!reports.isEmpty()) {
                commit(reports);
            }
            return Reply.success();
        } catch (Refusal r) {
            return new Reply(r.status(), r.result(), null);
        }
    }

    private App app(Map<String, String> params, String payload) throws Refusal {
        String key = params.get("app_key");
        String device = params.get("device_id");
        if (key == null || key.isEmpty() || device == null || device.isEmpty()) {
            throw Refusal.missing("app_key\" or \"device_id");
        }
        App app = apps.require(key);
        if (!app.accepting()) {
            throw new Refusal(400, "App is currently not accepting data");
        }
        Checksum.check(app, payload, params.get("checksum"), params.get("checksum256"));
        return app;
    }

    private Outcome commit(List<Report> reports) throws Refusal {
        try {
            return queue.submit(reports).await(COMMIT_WAIT);
        } catch (GroupCommitQueue.Full | ExecutionException | TimeoutException e) {
            throw Refusal.busy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Refusal.busy();
        }
    }

    /** A bulk item's members as request parameters: objects and arrays stay JSON texts. */
    static Map<String, String> flatten(JsonObject item) {
        Map<String, String> out = new LinkedHashMap<>();
        item.forEach((k, v) -> {
            switch (v.getValueType()) {
                case STRING -> out.put(k, ((JsonString) v).getString());
                case NULL -> { }
                default -> out.put(k, v.toString());
            }
        });
        return out;
    }
}
