package org.polymetric.streamstats.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.polymetric.kernel.web.ErrorReplies;
import org.polymetric.streamstats.store.StoreFailure;

/**
 * The database did not answer a read: 503, never a partial figure, logged once with its cause. The
 * API answers {@code {"error": ...}}; a page (and its CSV) the theme's error page, as a person in
 * a browser should see it.
 */
@Provider
public class StoreFailureMapper implements ExceptionMapper<StoreFailure> {
    private static final Logger LOG = Logger.getLogger(StoreFailureMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(StoreFailure failure) {
        LOG.log(Level.WARNING, failure.getMessage(), failure.getCause());
        return ErrorReplies.of(uri, 503, StreamstatsResource.DATABASE_DOWN);
    }
}
