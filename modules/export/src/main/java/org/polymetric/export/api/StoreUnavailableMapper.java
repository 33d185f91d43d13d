package org.polymetric.export.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.polymetric.export.service.StoreUnavailable;
import org.polymetric.kernel.web.OutageAnswers;

/**
 * The database did not answer before the export's first byte: the kernel's outage answer, 503
 * with {@code Retry-After} in Peer5's shape ({@code {"error": true, "message": ...}}). After the
 * first byte the status is sent: the container cuts the body off (no closing chunk), so a client
 * sees a broken transfer, never a short export that looks whole.
 */
@Provider
public class StoreUnavailableMapper implements ExceptionMapper<StoreUnavailable> {
    private static final Logger LOG = Logger.getLogger(StoreUnavailableMapper.class.getName());

    @Context
    UriInfo uri;

    @Inject
    OutageAnswers outages;

    @Override
    public Response toResponse(StoreUnavailable failure) {
        return outages.reply(uri, LOG, failure);
    }
}
