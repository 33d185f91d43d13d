package org.polymetric.events.remoteconfig;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * What conditions look at: the device's platform (Countly's {@code _os} metric) and app version
 * ({@code _app_version}); either may be unknown (null).
 */
public record DeviceFacts(String os, String appVersion) {
    static final DeviceFacts UNKNOWN = new DeviceFacts(null, null);

    /** The two metrics of an SDK's {@code metrics} object; anything but a string there is unknown. */
    static DeviceFacts of(JsonObject metrics) {
        if (metrics == null) {
            return UNKNOWN;
        }
        return new DeviceFacts(text(metrics.get("_os")), text(metrics.get("_app_version")));
    }

    private static String text(JsonValue v) {
        if (v instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString().strip();
        }
        // SDKs send versions as strings, but a number is what a hand-made request may carry
        return v != null && v.getValueType() == JsonValue.ValueType.NUMBER ? v.toString() : null;
    }

    boolean complete() {
        return os != null && appVersion != null;
    }

    /** These facts, each unknown one taken from {@code fallback}. */
    DeviceFacts orElse(DeviceFacts fallback) {
        return new DeviceFacts(os != null ? os : fallback.os, appVersion != null ? appVersion : fallback.appVersion);
    }
}
