package org.polymetric.counters.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.polymetric.counters.service.CountersRefusal;
import org.polymetric.kernel.web.ErrorReplies;

/**
 * Answers a {@link CountersRefusal}: on the API, its status and Photon's error body
 * ({@link CounterReply}); on a page, the themed error page with the status's own phrase, as the
 * kernel answers a page's refusals, so a page never says what it looked for and did not find.
 */
@Provider
public class CountersRefusalMapper implements ExceptionMapper<CountersRefusal> {
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(CountersRefusal refusal) {
        if (!ErrorReplies.isApi(uri)) {
            return ErrorReplies.page(refusal.status(), phrase(refusal.status()));
        }
        return refusal.line() > 0 ? CounterReply.errorAt(refusal.status(), refusal.getMessage(), refusal.line())
                : CounterReply.error(refusal.status(), refusal.getMessage());
    }

    /** The status's own phrase ({@code Not Found}); {@code Error 422} for a status JAX-RS has none for, as the kernel says it. */
    static String phrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error " + status : known.getReasonPhrase();
    }
}
