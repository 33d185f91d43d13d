package org.polymetric.kernel.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * The GameAnalytics roles, weakest first. Each answers to a permission action word:
 * {@code view}, {@code admin}, {@code owner}, {@code primary}.
 */
public enum AccessLevel {
    VIEWER("view"), ADMIN("admin"), OWNER("owner"), PRIMARY_OWNER("primary");

    private final String action;

    AccessLevel(String action) {
        this.action = action;
    }

    /** The word GameAnalytics and the schema use, e.g. {@code primary_owner}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action part of a permission that needs this level, e.g. {@code game:view:42}. */
    public String action() {
        return action;
    }

    public boolean atLeast(AccessLevel other) {
        return compareTo(other) >= 0;
    }

    public static Optional<AccessLevel> fromWord(String word) {
        for (AccessLevel l : values()) {
            if (l.word().equals(word)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    public static Optional<AccessLevel> fromAction(String action) {
        for (AccessLevel l : values()) {
            if (l.action.equals(action)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
