package org.polymetric.export.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.polymetric.export.domain.ExportRefusal;
import org.polymetric.kernel.web.DialectErrors;

/** A refused export: 400 {@code {"error": true, "message": "<the rule>"}} on the API, the theme's error page on a page. */
@Provider
public class ExportRefusalMapper implements ExceptionMapper<ExportRefusal> {
    @Context
    UriInfo uri;

    @Inject
    DialectErrors dialects;

    @Override
    public Response toResponse(ExportRefusal refusal) {
        return dialects.reply(uri, 400, refusal.getMessage());
    }
}
