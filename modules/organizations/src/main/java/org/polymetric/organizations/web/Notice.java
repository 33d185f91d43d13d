package org.polymetric.organizations.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Set;

/**
 * Post/redirect/get: a successful action redirects (303) to a page with {@code notice=<word>},
 * and the page shows the matching text. Only these words exist, so an address cannot put
 * arbitrary text on a page.
 */
public final class Notice {
    static final Set<String> WORDS = Set.of("created", "renamed", "archived", "unarchived", "saved", "rotated", "icon",
            "invited", "revoked", "removed", "access");

    private Notice() {
    }

    /** The message key for a notice word, or null. */
    public static String key(String word) {
        return word != null && WORDS.contains(word) ? "organizations.notice." + word : null;
    }

    /** 303 to {@code path} (with its query) plus the notice. */
    public static Response redirect(UriBuilder target, String word) {
        return Response.seeOther(target.queryParam("notice", word).build()).build();
    }
}
