package org.polymetric.events.remoteconfig;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;

/**
 * What conditions look at: the device's platform (Countly's {@code _os} metric) and app version
 * ({@code _app_version}); either may be unknown (null). An app version longer than any
 * condition's ({@link AppVersions#MAX_CHARS}) is unknown, so one comparison costs at most that
 * many characters however many conditions a game has.
 */
public final class DeviceFacts {
    static final DeviceFacts UNKNOWN = new DeviceFacts(null, null);

    private final String os;
    private final String appVersion;
    /** {@code os} as platform conditions compare it, made once per call, not once per condition */
    private final String platform;

    public DeviceFacts(String os, String appVersion) {
        this.os = os;
        this.appVersion = appVersion == null || appVersion.length() > AppVersions.MAX_CHARS ? null : appVersion;
        this.platform = os == null ? null : os.toLowerCase(Locale.ROOT);
    }

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

    public String os() {
        return os;
    }

    public String appVersion() {
        return appVersion;
    }

    String platform() {
        return platform;
    }

    boolean complete() {
        return os != null && appVersion != null;
    }

    /** These facts, each unknown one taken from {@code fallback}. */
    DeviceFacts orElse(DeviceFacts fallback) {
        return new DeviceFacts(os != null ? os : fallback.os, appVersion != null ? appVersion : fallback.appVersion);
    }
}
