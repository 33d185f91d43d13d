package org.polymetric.organizations.domain;

import java.util.Locale;

/** A case-insensitive "contains" pattern for JPQL LIKE, with the user's wildcards escaped. */
final class Like {
    private Like() {
    }

    static String contains(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
