package org.polymetric.export.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import org.polymetric.export.api.ExportCsv;
import org.polymetric.export.domain.ExportRefusal;
import org.polymetric.export.service.Exports;
import org.polymetric.export.service.StoreUnavailable;
import org.polymetric.kernel.storage.MayLag;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.web.ErrorReplies;
import org.polymetric.kernel.web.OutageAnswers;
import org.polymetric.kernel.web.PageGames;
import org.polymetric.kernel.web.View;

/**
 * A game's export builder, {@code /export/games/{id}}: a GET form (it changes nothing) whose
 * answer is the preview, its chart, the download link and the {@code curl} command; a refused
 * form is the page again with 400, the refusal beside its field and what was typed kept. And its
 * download, {@code .../export.csv} with the same parameters. Viewers of the game; anyone else,
 * and any id that is not a game's, the themed 404.
 */
@MayLag
@Path("export/games/{id}")
public class BuilderPages {
    private static final Logger LOG = Logger.getLogger(BuilderPages.class.getName());

    @Inject
    PageGames pages;

    @Inject
    BuilderView views;

    @Inject
    Exports exports;

    @Inject
    OutageAnswers outages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response builder(@PathParam("id") String id, @Context UriInfo uri) {
        Game game = pages.viewable(id);
        long now = System.currentTimeMillis();
        MultivaluedMap<String, String> params = uri.getQueryParameters();
        // the interval select always comes with a sent form: without it, the page opens on its first form, unanswered
        boolean sent = params.containsKey("interval");
        BuilderForm form = sent ? BuilderForm.of(params) : BuilderForm.initial(now);
        try {
            View view = views.form(game, form);
            if (!sent) {
                return Response.ok(view).build();
            }
            try {
                BuilderForm.Checked checked = form.check(now);
                views.answer(view, game, checked, server(uri), uri.getRequestUri().getRawQuery());
                return Response.ok(view).build();
            } catch (ExportRefusal refusal) {
                return Response.status(400).entity(view.with("errors", Map.of(refusal.field(), refusal.getMessage()))).build();
            }
        } catch (SQLException | IOException | StoreUnavailable e) {
            return outages.reply(uri, LOG, e);
        }
    }

    /** The whole export as the API's CSV, streamed by the same writer; a refused form is the themed 400 page saying why. */
    @GET
    @Path("export.csv")
    public Response csv(@PathParam("id") String id, @Context UriInfo uri) {
        Game game = pages.viewable(id);
        BuilderForm.Checked checked;
        try {
            checked = BuilderForm.of(uri.getQueryParameters()).check(System.currentTimeMillis());
        } catch (ExportRefusal refusal) {
            return ErrorReplies.page(400, refusal.getMessage());
        }
        try {
            String file = "export-" + game.getId() + "-" + checked.query().interval().key() + "-" + checked.query().fromMs() + ".csv";
            return Response.ok(ExportCsv.of(exports.prepare(game.getId(), checked.query())), ExportCsv.TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
        } catch (StoreUnavailable e) {
            return outages.reply(uri, LOG, e);
        }
    }

    private static String server(UriInfo uri) {
        return uri.getBaseUriBuilder().replacePath("").replaceQuery(null).build().toString().replaceAll("/$", "");
    }
}
