package org.polymetric.streamstats.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.polymetric.kernel.web.ErrorReplies;
import org.polymetric.streamstats.domain.BadParameter;

/** A refused parameter: 400 {@code {"error": "<the domain's sentence>"}}. */
@Provider
public class BadParameterMapper implements ExceptionMapper<BadParameter> {
    @Override
    public Response toResponse(BadParameter refusal) {
        return ErrorReplies.json(400, refusal.getMessage());
    }
}
