package org.polymetric.organizations.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.tenancy.GameActivity;
import org.polymetric.kernel.tenancy.ResourceType;
import org.polymetric.kernel.tenancy.Studio;
import org.polymetric.kernel.web.View;
import org.polymetric.organizations.api.Vocabulary;
import org.polymetric.organizations.domain.GameQuery;
import org.polymetric.organizations.domain.Slice;
import org.polymetric.organizations.domain.Sort;
import org.polymetric.organizations.domain.StudioQuery;
import org.polymetric.organizations.service.GameCatalog;
import org.polymetric.organizations.service.NewGame;
import org.polymetric.organizations.service.StudioCatalog;

/**
 * {@code /organizations/games}: the games the caller sees (paged, sorted, filtered by studio and
 * title) and a form to create one in a studio the caller administers.
 */
@Path("organizations/games")
@Produces(MediaType.TEXT_HTML)
public class GamesPage {
    @Inject
    PageContext context;

    @Inject
    GameCatalog games;

    @Inject
    StudioCatalog studios;

    @Inject
    IconUploads icons;

    /** A game row with its studio, icon flag and activity. */
    public record Row(Game game, Studio studio, boolean icon, GameActivity.Active active) {
    }

    @GET
    public View list(@QueryParam("organization_id") String organization, @QueryParam("page") String page,
                     @QueryParam("sort") String sort, @QueryParam("studio") String studio,
                     @QueryParam("title") String title, @QueryParam("notice") String notice) {
        Reach reach = context.reach(organization);
        return view(reach, Listing.parse(page, sort, Vocabulary.GAME_SORT, "title:asc"), PageContext.id(studio), title)
                .with("notice", Notice.key(notice));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("organization_id") String organization, @FormParam("studio_id") String studioId,
                           @FormParam("title") String title, @FormParam("platform") String platform,
                           @FormParam("sdk_used") String sdkUsed, @FormParam("store_platform") String storePlatform) {
        Reach reach = context.reach(organization);
        try {
            FormCheck form = new FormCheck();
            Long studio = form.id("Studio", studioId);
            String checkedTitle = form.text("Title", title, true, 191);
            String checkedPlatform = form.choice("Platform", platform, Vocabulary.PLATFORM, true);
            String sdk = form.choice("SDK", sdkUsed, Vocabulary.SDK_USED, true);
            String store = form.matching("Store", storePlatform, Vocabulary.STORE_PLATFORM, Vocabulary.STORE_PLATFORM_SHAPE, false);
            form.done();
            Game game = games.create(reach, new NewGame(studio, checkedTitle, sdk, checkedPlatform, store, null, null));
            return Notice.redirect(UriBuilder.fromPath("/organizations/games/" + game.getId()), "created");
        } catch (RuntimeException e) {
            Failure failure = Failure.of(e);
            View page = view(reach, Listing.parse(null, null, Vocabulary.GAME_SORT, "title:asc"), null, null)
                    .with("failure", failure).with("draft", Map.of("title", title == null ? "" : title));
            return Response.status(failure.status()).entity(page).build();
        }
    }

    private View view(Reach reach, Listing listing, Long studio, String title) {
        String filter = title == null || title.isBlank() ? null : title.trim();
        Slice<Game> slice = games.list(new GameQuery(reach, studio, filter, listing.order(), listing.offset(), listing.size()));
        List<Studio> visibleStudios = studios.list(new StudioQuery(reach, null, new Sort("name", false), 0, 1000)).items();
        Map<Long, Studio> byId = new java.util.HashMap<>();
        visibleStudios.forEach(s -> byId.put(s.getId(), s));
        Set<Long> withIcons = icons.withIcons(ResourceType.GAME, slice.items().stream().map(Game::getId).toList());
        Map<Long, GameActivity.Active> active = games.activityOf(slice.items());
        List<Row> rows = slice.items().stream().map(g -> new Row(g, byId.get(g.getStudioId()), withIcons.contains(g.getId()),
                active.getOrDefault(g.getId(), GameActivity.Active.NONE))).toList();
        List<Studio> creatable = visibleStudios.stream().filter(s -> !s.isArchived())
                .filter(s -> context.can(ResourceType.STUDIO, AccessLevel.ADMIN, s.getId())).toList();
        return View.of("organizations/games").with("organization", context.organization(reach)).with("rows", rows)
                .with("total", slice.total())
                .with("links", new ListLinks("/organizations/games", listing, slice.total())
                        .keep("organization_id", reach.organizationId()).keep("studio", studio).keep("title", filter))
                .with("studios", visibleStudios).with("studio", studio).with("titleFilter", filter == null ? "" : filter)
                .with("creatable", creatable).with("platforms", Vocabulary.PLATFORM).with("sdks", Vocabulary.SDK_USED)
                .with("stores", Vocabulary.KNOWN_STORES).with("draft", Map.of()).with("tab", "games");
    }
}
