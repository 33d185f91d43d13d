package org.polymetric.kernel.tenancy;

import java.util.Locale;
import java.util.Optional;

/** What an access grant, token scope or permission names: the three levels of tenancy. */
public enum ResourceType {
    ORGANIZATION, STUDIO, GAME;

    /** The lower-case word the dialects and the database use. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ResourceType> fromWord(String word) {
        if (word == null) {
            return Optional.empty();
        }
        for (ResourceType t : values()) {
            if (t.word().equals(word)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
