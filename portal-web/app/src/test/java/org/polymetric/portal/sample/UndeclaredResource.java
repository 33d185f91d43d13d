package org.polymetric.portal.sample;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A resource in the sample module's jar that {@link SampleModule#resourceClasses()} does not name,
 * at a path the module would be allowed: the portal must not serve it (scanning the jar would).
 */
@Path("api/sample/undeclared")
public class UndeclaredResource {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String escaped() {
        return "{\"escaped\":true}";
    }
}
