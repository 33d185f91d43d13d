package org.polymetric.organizations.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.polymetric.kernel.web.ErrorReplies;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a {@link Problem} with its status and GameAnalytics' body; on a page, with the themed error page. */
@Provider
public class ProblemMapper implements ExceptionMapper<Problem> {
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Problem problem) {
        if (!ErrorReplies.isApi(uri)) {
            return ErrorReplies.of(uri, problem.status(), problem.getMessage());
        }
        return Response.status(problem.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(problem.body().toString()).build();
    }
}
