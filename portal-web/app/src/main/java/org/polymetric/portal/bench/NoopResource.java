package org.polymetric.portal.bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/noop}: does nothing, needs no sign-in. Every benchmark is reported as a ratio to
 * this endpoint measured in the same run, so that a noisy shared machine cancels out.
 */
@Path("api/noop")
public class NoopResource {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String noop() {
        return "{\"ok\":true}";
    }
}
