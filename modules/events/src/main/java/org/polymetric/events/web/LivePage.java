package org.polymetric.events.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.polymetric.kernel.web.View;

/**
 * {@code GET /events/games/{id}/live}: devices active in the last five minutes, refreshed every
 * ten seconds by the page's script from {@code /api/events/o?method=live_graph} (the session
 * signs those reads in). Viewers and above.
 */
@Path("events/games/{id}/live")
@Produces(MediaType.TEXT_HTML)
public class LivePage {
    @Inject
    GameOnPage games;

    @GET
    public View show(@PathParam("id") String id) {
        return Pages.view("events/live", games.resolve(id, null), "live");
    }
}
