package org.polymetric.portal.sample;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/sample/hello}: a module's API, found by scanning its jar. */
@Path("api/sample/hello")
public class SampleResource {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String hello() {
        return "{\"hello\":\"from a module\"}";
    }
}
