package org.polymetric.organizations.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.tenancy.GameActivity;
import org.polymetric.kernel.tenancy.ResourceType;
import org.polymetric.kernel.web.View;
import org.polymetric.organizations.api.Vocabulary;
import org.polymetric.organizations.service.GameCatalog;
import org.polymetric.organizations.service.GameEdit;
import org.polymetric.organizations.service.StudioCatalog;

/**
 * {@code /organizations/games/{id}}: one game. Everyone who sees it sees its key (SDKs need it);
 * its admins also see the secret, edit the game, rotate the secret and upload the icon; admins of
 * its studio archive and restore it.
 */
@Path("organizations/games/{id: \\d{1,18}}")
@Produces(MediaType.TEXT_HTML)
public class GamePage {
    @Inject
    PageContext context;

    @Inject
    GameCatalog games;

    @Inject
    StudioCatalog studios;

    @Inject
    IconUploads icons;

    @GET
    public View show(@PathParam("id") long id, @QueryParam("notice") String notice) {
        Reach reach = context.reachOf(ResourceType.GAME, id);
        return view(reach, games.get(reach, id)).with("notice", Notice.key(notice));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, @FormParam("title") String title, @FormParam("platform") String platform,
                         @FormParam("sdk_used") String sdkUsed, @FormParam("store_platform") String storePlatform,
                         @FormParam("bundle_id") String bundleId, @FormParam("googleplay_key") String googleplayKey,
                         @FormParam("timezone") String timezone) {
        return act(id, "saved", reach -> {
            FormCheck form = new FormCheck();
            GameEdit edit = new GameEdit(form.text("Title", title, true, 191), form.choice("SDK", sdkUsed, Vocabulary.SDK_USED, true),
                    form.choice("Platform", platform, Vocabulary.PLATFORM, true),
                    form.matching("Store", storePlatform, Vocabulary.STORE_PLATFORM, Vocabulary.STORE_PLATFORM_SHAPE, false),
                    form.text("Bundle id", bundleId, false, 191), form.text("Google Play key", googleplayKey, false, 4096),
                    form.timezone("Time zone", timezone));
            form.done();
            games.update(reach, id, edit);
        });
    }

    @POST
    @Path("rotate-secret")
    public Response rotate(@PathParam("id") long id) {
        return act(id, "rotated", reach -> games.rotateSecret(reach, id));
    }

    @POST
    @Path("archive")
    public Response archive(@PathParam("id") long id) {
        return act(id, "archived", reach -> games.archive(reach, id, true));
    }

    @POST
    @Path("unarchive")
    public Response unarchive(@PathParam("id") long id) {
        return act(id, "unarchived", reach -> games.archive(reach, id, false));
    }

    @POST
    @Path("icon")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response icon(@PathParam("id") long id, @HeaderParam("Content-Type") String type, InputStream body) {
        return act(id, "icon", reach -> icons.upload(reach, ResourceType.GAME, id, type, body));
    }

    /** Runs an action on a visible game: 303 back with a notice, or the page with what went wrong. */
    private Response act(long id, String notice, Consumer<Reach> action) {
        Reach reach = context.reachOf(ResourceType.GAME, id);
        games.get(reach, id);
        try {
            action.accept(reach);
            return Notice.redirect(UriBuilder.fromPath("/organizations/games/" + id), notice);
        } catch (RuntimeException e) {
            Failure failure = Failure.of(e);
            return Response.status(failure.status()).entity(view(reach, games.get(reach, id)).with("failure", failure)).build();
        }
    }

    private View view(Reach reach, Game game) {
        long id = game.getId();
        GameActivity.Active active = games.activityOf(List.of(game)).getOrDefault(id, GameActivity.Active.NONE);
        return View.of("organizations/game").with("organization", context.organization(reach)).with("game", game)
                .with("studio", studios.get(reach, game.getStudioId())).with("active", active)
                .with("icon", !icons.withIcons(ResourceType.GAME, List.of(id)).isEmpty())
                .with("canEdit", context.can(ResourceType.GAME, AccessLevel.ADMIN, id))
                .with("canArchive", context.can(ResourceType.STUDIO, AccessLevel.ADMIN, game.getStudioId()))
                .with("platforms", Vocabulary.PLATFORM).with("sdks", Vocabulary.SDK_USED).with("stores", Vocabulary.storesWith(game.getStorePlatform()))
                .with("tab", "games");
    }
}
