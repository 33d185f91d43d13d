package org.polymetric.organizations.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a {@link Problem} with its status and GameAnalytics' body. */
@Provider
public class ProblemMapper implements ExceptionMapper<Problem> {
    @Override
    public Response toResponse(Problem problem) {
        return Response.status(problem.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(problem.body().toString()).build();
    }
}
