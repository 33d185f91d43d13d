package org.polymetric.events.remoteconfig;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import org.polymetric.events.api.WriteParams;
import org.polymetric.events.ingest.App;
import org.polymetric.events.ingest.AppDirectory;
import org.polymetric.events.ingest.Checksum;
import org.polymetric.events.ingest.Refusal;
import org.polymetric.events.ingest.ReportParser;
import org.polymetric.kernel.web.JsonBuilders;

/**
 * Countly's {@code /o/sdk}: checks a call in Countly's order (parameters, zero device, app,
 * checksum) and answers its method: {@code fetch_remote_config} and {@code rc} the remote
 * config, {@code sc} the SDK behaviour settings, anything else 400 {@code Invalid method}. As in
 * Countly, a paused game still answers: pausing stops data coming in, not apps reading settings.
 */
@ApplicationScoped
public class SdkFetch {
    /** Longest {@code metrics} read; a longer one is ignored as an unreadable one is. */
    static final int MAX_METRICS_CHARS = 8192;


    /** An answer: its status and JSON text. */
    public record Answer(int status, String json) {
        static Answer result(Refusal r) {
            return new Answer(r.status(), JsonBuilders.object().add("result", r.result()).build().toString());
        }
    }

    @Inject
    AppDirectory apps;

    @Inject
    RemoteConfig remoteConfig;

    public Answer fetch(WriteParams params) {
        try {
            Map<String, String> merged = params.values();
            String key = merged.get("app_key");
            String device = merged.get("device_id");
            if (key == null || key.isEmpty() || device == null || device.isEmpty()) {
                throw Refusal.missing("app_key\" or \"device_id");
            }
            if (ReportParser.ZERO_DEVICE.equals(device)) {
                return new Answer(200, JsonBuilders.object().add("result", "Ignoring device_id").build().toString());
            }
            App app = apps.require(key);
            Checksum.check(app, params.signed().text(), merged.get("checksum"), merged.get("checksum256"));
            // a game that requires checksums reads only what was signed, as /i does
            Map<String, String> read = app.checksumRequired() ? params.signed().values() : merged;
            String method = read.get("method");
            if ("fetch_remote_config".equals(method) || "rc".equals(method)) {
                String deviceId = read.getOrDefault("device_id", device);
                String values = remoteConfig.values(app.gameId(), deviceId,
                        KeyFilter.of(read.get("keys"), read.get("omit_keys")), DeviceFacts.of(metrics(read.get("metrics"))));
                return new Answer(200, values);
            }
            if ("sc".equals(method)) {
                // nothing is configured here: Countly's answer for an app without SDK settings (its
                // plugins/sdk sets v = 2; the Web SDK reads only c)
                return new Answer(200, JsonBuilders.object().add("v", 2).add("t", System.currentTimeMillis())
                        .add("c", JsonValue.EMPTY_JSON_OBJECT).build().toString());
            }
            throw new Refusal(400, "Invalid method");
        } catch (Refusal r) {
            return Answer.result(r);
        } catch (RemoteConfigStore.Unavailable e) {
            // as for an app lookup the database did not answer: SDKs retry a busy server
            return Answer.result(Refusal.busy());
        }
    }


    private static JsonObject metrics(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_METRICS_CHARS) {
            return null;
        }
        try {
            JsonValue v = JsonBuilders.parse(text);
            return v.getValueType() == JsonValue.ValueType.OBJECT ? v.asJsonObject() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
