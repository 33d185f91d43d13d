package org.polymetric.events.remoteconfig;

import java.util.Locale;

/**
 * One condition of a remote-config key: when it holds for the device, the key answers
 * {@code value} (a JSON text) instead of its default. Platforms compare without regard to case
 * ("iOS" is "ios"); app versions compare exactly ({@code IS}) or in {@link AppVersions}' order.
 * A fact the device never sent never matches. What a comparison needs of {@code match} is made
 * once, when the condition is read, not on every SDK call.
 */
public final class Condition {
    private final Field field;
    private final Op op;
    private final String match;
    private final String value;
    /** {@code match} as platforms compare; null for an app version */
    private final String platform;

    /** @param value a JSON text, already checked to be exactly one value */
    public Condition(Field field, Op op, String match, String value) {
        this.field = field;
        this.op = op;
        this.match = match;
        this.value = value;
        this.platform = field == Field.PLATFORM ? match.toLowerCase(Locale.ROOT) : null;
    }

    /** What a condition looks at, with the word the page and the stored JSON use. */
    public enum Field {
        PLATFORM("platform"), APP_VERSION("app_version");

        private final String word;

        Field(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        static Field of(String word) {
            for (Field f : values()) {
                if (f.word.equals(word)) {
                    return f;
                }
            }
            return null;
        }
    }

    /** How the device's fact is compared with {@code match}; only app versions are ordered. */
    public enum Op {
        IS("is"), AT_LEAST("at_least"), BELOW("below");

        private final String word;

        Op(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        static Op of(String word) {
            for (Op o : values()) {
                if (o.word.equals(word)) {
                    return o;
                }
            }
            return null;
        }
    }

    public Field field() {
        return field;
    }

    public Op op() {
        return op;
    }

    public String match() {
        return match;
    }

    /** The value (a JSON text) when the condition holds. */
    public String value() {
        return value;
    }

    boolean holds(DeviceFacts device) {
        if (field == Field.PLATFORM) {
            return platform.equals(device.platform());
        }
        String version = device.appVersion();
        if (version == null) {
            return false;
        }
        return switch (op) {
            case IS -> version.equals(match);
            case AT_LEAST -> AppVersions.compare(version, match) >= 0;
            case BELOW -> AppVersions.compare(version, match) < 0;
        };
    }

    /** About the bytes this takes in memory: two strings of at most two bytes a character, and headers. */
    long bytes() {
        return 96 + 2L * (match.length() + value.length() + (platform == null ? 0 : platform.length()));
    }
}
