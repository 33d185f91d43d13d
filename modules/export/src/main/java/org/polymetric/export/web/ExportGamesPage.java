package org.polymetric.export.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.polymetric.kernel.tenancy.Workspace;
import org.polymetric.kernel.web.View;

/** {@code GET /export}: the games the caller can view, by organization and studio, each linking to its export builder. */
@Path("export")
@Produces(MediaType.TEXT_HTML)
public class ExportGamesPage {
    @Inject
    Workspace workspace;

    @GET
    public View show() {
        return View.of("export/games").with("tenancy", workspace.forCurrentUser());
    }
}
