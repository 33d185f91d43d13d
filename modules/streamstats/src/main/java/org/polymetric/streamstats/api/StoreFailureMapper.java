package org.polymetric.streamstats.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.polymetric.kernel.web.OutageAnswers;
import org.polymetric.streamstats.store.StoreFailure;

/**
 * The database did not answer a read: never a partial figure, but the kernel's outage answer (503
 * with {@code Retry-After}: {@code {"error": ...}} on the API, the theme's error page on a page and
 * its CSV), as every dialect answers it.
 */
@Provider
public class StoreFailureMapper implements ExceptionMapper<StoreFailure> {
    private static final Logger LOG = Logger.getLogger(StoreFailureMapper.class.getName());

    @Context
    UriInfo uri;

    @Inject
    OutageAnswers outages;

    @Override
    public Response toResponse(StoreFailure failure) {
        return outages.reply(uri, LOG, failure);
    }
}
