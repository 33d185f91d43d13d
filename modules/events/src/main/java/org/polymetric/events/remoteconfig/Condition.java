package org.polymetric.events.remoteconfig;

import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.util.Locale;

/**
 * One condition of a remote-config key: when it holds for the device, the key answers
 * {@code value} instead of its default. Platforms compare without regard to case ("iOS" is
 * "ios"); app versions compare exactly ({@code IS}) or part by part, numbers as numbers
 * ("1.10" is at least "1.9"), with missing parts as 0. A fact the device never sent never matches.
 */
public record Condition(Field field, Op op, String match, JsonValue value) {

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

    boolean holds(DeviceFacts device) {
        if (field == Field.PLATFORM) {
            return device.os() != null && device.os().toLowerCase(Locale.ROOT).equals(match.toLowerCase(Locale.ROOT));
        }
        String version = device.appVersion();
        if (version == null) {
            return false;
        }
        return switch (op) {
            case IS -> version.equals(match);
            case AT_LEAST -> compareVersions(version, match) >= 0;
            case BELOW -> compareVersions(version, match) < 0;
        };
    }

    /** Dotted versions part by part: digits as numbers, anything else as text after any number. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.", -1);
        String[] y = b.split("\\.", -1);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = comparePart(p, q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int comparePart(String p, String q) {
        boolean pn = !p.isEmpty() && p.chars().allMatch(Character::isDigit);
        boolean qn = !q.isEmpty() && q.chars().allMatch(Character::isDigit);
        if (pn && qn) {
            return new BigInteger(p).compareTo(new BigInteger(q));
        }
        if (pn != qn) {
            return pn ? -1 : 1;
        }
        return p.compareTo(q);
    }
}
