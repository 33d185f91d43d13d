package org.polymetric.events.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.polymetric.events.ingest.IngestSettings;
import org.polymetric.kernel.web.View;

/**
 * {@code /events/games/{id}/setup}: what an SDK needs to send data to this game (the server
 * address and the app key, with a request to try) and, for the game's admins, whether requests
 * must carry a checksum. Viewers see the page; only admins may change the setting.
 */
@Path("events/games/{id}/setup")
@Produces(MediaType.TEXT_HTML)
public class SetupPage {
    @Inject
    GameOnPage games;

    @Inject
    IngestSettings settings;

    @GET
    public View show(@PathParam("id") String id, @QueryParam("notice") String notice, @Context UriInfo uri) {
        GameOnPage.Shown shown = games.resolve(id, null);
        String server = uri.getBaseUriBuilder().replacePath("").replaceQuery(null).build().toString().replaceAll("/$", "");
        return Pages.view("events/setup", shown, "setup")
                .with("server", server)
                .with("checksums", settings.checksumsRequired(shown.id()))
                .with("canChange", settings.mayChange(shown.id()))
                .with("saved", "saved".equals(notice));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, @FormParam("checksums") String checksums) {
        GameOnPage.Shown shown = games.resolve(id, null);
        settings.requireChecksums(shown.id(), "on".equals(checksums));
        return Response.seeOther(UriBuilder.fromPath("/events/games/{id}/setup").queryParam("notice", "saved")
                .build(shown.id())).build();
    }
}
