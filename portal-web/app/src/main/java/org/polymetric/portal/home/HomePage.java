package org.polymetric.portal.home;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.polymetric.kernel.tenancy.Workspace;
import org.polymetric.kernel.web.View;

/** {@code GET /}: the organizations, studios and games the signed-in user can reach. */
@Path("")
@Produces(MediaType.TEXT_HTML)
public class HomePage {
    @Inject
    Workspace workspace;

    @GET
    public View show() {
        return View.of("portal/home").with("tree", workspace.forCurrentUser());
    }
}
