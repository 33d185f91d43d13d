package org.polymetric.streamstats.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.polymetric.kernel.tenancy.Workspace;
import org.polymetric.kernel.web.View;

/** {@code GET /streamstats}: the games the caller can see, by organization and studio, each linking to its channels. */
@Path("streamstats")
@Produces(MediaType.TEXT_HTML)
public class GamesPage {
    @Inject
    Workspace workspace;

    @GET
    public View show() {
        return View.of("streamstats/games").with("tenancy", workspace.forCurrentUser());
    }
}
