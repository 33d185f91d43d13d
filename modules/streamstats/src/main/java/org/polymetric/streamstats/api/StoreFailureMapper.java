package org.polymetric.streamstats.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.polymetric.kernel.web.ErrorReplies;
import org.polymetric.streamstats.store.StoreFailure;

/** The database did not answer a read: 503 {@code {"error": ...}}, never a partial figure; logged once with its cause. */
@Provider
public class StoreFailureMapper implements ExceptionMapper<StoreFailure> {
    private static final Logger LOG = Logger.getLogger(StoreFailureMapper.class.getName());

    @Override
    public Response toResponse(StoreFailure failure) {
        LOG.log(Level.WARNING, failure.getMessage(), failure.getCause());
        return ErrorReplies.json(503, StreamstatsResource.DATABASE_DOWN);
    }
}
