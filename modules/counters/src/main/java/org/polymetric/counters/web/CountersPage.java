package org.polymetric.counters.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.polymetric.kernel.web.View;

/**
 * {@code GET /counters}: by organization, the games the caller can see (each linking to its
 * dashboard and region comparison) and, for viewers of the organization, its Photon Server
 * licenses; its admins also get the form that adds one ({@link NewLicense}).
 */
@Path("counters")
@Produces(MediaType.TEXT_HTML)
public class CountersPage {
    @Inject
    CountersList list;

    @GET
    public View show() {
        return list.view(null, null, null, null);
    }
}
