package org.polymetric.organizations.web;

import jakarta.ws.rs.ForbiddenException;
import org.polymetric.organizations.api.Problem;

/**
 * A refused page action as the page shows it: the status it answers with and a sentence. Unknown
 * or invisible things (404) are not shown on the page but answered by the themed error page.
 */
public record Failure(int status, String message) {

    /** Converts what services throw; rethrows 404s and anything unexpected. */
    public static Failure of(RuntimeException e) {
        if (e instanceof FormInvalid f) {
            return new Failure(422, f.getMessage());
        }
        if (e instanceof Problem p && p.status() != 404) {
            return new Failure(p.status(), p.getMessage());
        }
        if (e instanceof ForbiddenException) {
            return new Failure(403, "You do not have the access this needs.");
        }
        throw e;
    }
}
