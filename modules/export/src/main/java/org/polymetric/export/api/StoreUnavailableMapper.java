package org.polymetric.export.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.polymetric.export.service.StoreUnavailable;
import org.polymetric.kernel.web.DialectErrors;

/**
 * The database did not answer before the export's first byte: 503 {@code {"error": true,
 * "message": "the database does not answer"}}, logged once with its cause. After the first byte
 * the status is sent: the container cuts the body off (no closing chunk), so a client sees a
 * broken transfer, never a short export that looks whole.
 */
@Provider
public class StoreUnavailableMapper implements ExceptionMapper<StoreUnavailable> {
    private static final Logger LOG = Logger.getLogger(StoreUnavailableMapper.class.getName());

    @Context
    UriInfo uri;

    @Inject
    DialectErrors dialects;

    @Override
    public Response toResponse(StoreUnavailable failure) {
        LOG.log(Level.WARNING, failure.getMessage(), failure.getCause());
        return dialects.reply(uri, 503, StoreUnavailable.MESSAGE);
    }
}
