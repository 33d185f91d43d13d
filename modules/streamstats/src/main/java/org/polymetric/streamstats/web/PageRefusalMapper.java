package org.polymetric.streamstats.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.polymetric.kernel.web.ErrorReplies;

/** A refused page parameter: 400 with the theme's error page saying why. */
@Provider
public class PageRefusalMapper implements ExceptionMapper<PageRefusal> {
    @Override
    public Response toResponse(PageRefusal refusal) {
        return ErrorReplies.page(400, refusal.getMessage());
    }
}
