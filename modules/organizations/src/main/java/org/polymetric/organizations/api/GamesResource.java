package org.polymetric.organizations.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.tenancy.GameActivity;
import org.polymetric.kernel.tenancy.TenancyDirectory;
import org.polymetric.organizations.domain.GameQuery;
import org.polymetric.organizations.domain.Slice;
import org.polymetric.organizations.service.CallerOrganization;
import org.polymetric.organizations.service.GameCatalog;
import org.polymetric.organizations.service.ListResponses;
import org.polymetric.organizations.service.NewGame;

/**
 * GameAnalytics {@code /games}: list, create and read games of the caller's organization.
 * Auth: any kernel token header ({@code x-api-key} as GameAnalytics sends it), Basic or a session.
 * Errors: 401 anonymous, 404 unknown or not visible, 403 level too low, 422 invalid input.
 */
// one instance for every call: Jersey would otherwise build and inject a resource for each request
@ApplicationScoped
@Path("api/organizations/games")
@Produces(MediaType.APPLICATION_JSON)
public class GamesResource {
    @Inject
    CallerOrganization caller;

    @Inject
    GameCatalog catalog;

    @Inject
    TenancyDirectory tenancy;

    @Inject
    ListResponses lists;

    /** {@code GET /games}: paging, {@code sort}, {@code filter[studio.id]}, {@code filter[title]}, {@code expand[]}. */
    @GET
    public byte[] list(@QueryParam("page[size]") String size, @QueryParam("page[offset]") String offset,
                           @QueryParam("sort") String sort, @QueryParam("filter[studio.id]") String studioId,
                           @QueryParam("filter[title]") String title, @QueryParam("expand[]") List<String> expand,
                           @QueryParam("organization_id") String organization) {
        Validation v = new Validation();
        ListParams page = ListParams.parse(v, size, offset, sort, expand, Vocabulary.GAME_SORT, Vocabulary.GAME_EXPAND);
        Integer studio = v.queryInt("filter[studio.id]", studioId, 0, Integer.MAX_VALUE);
        String titled = v.queryText("filter[title]", title, Vocabulary.MAX_TEXT);
        Long org = v.organization(organization);
        v.done();
        Reach reach = caller.reach(org);
        GameQuery query = new GameQuery(reach, studio == null ? null : studio.longValue(), titled, page.sort(), page.offset(), page.size());
        Reach admins = caller.administered(reach);
        Supplier<String> render = () -> {
            Slice<Game> slice = catalog.list(query);
            return TenancyJson.list(render(slice.items(), page.expand(), admins), slice.total()).toString();
        };
        // an organization's own fields are not versioned with its studios and games: render those afresh;
        // the administered reach is part of the key, so a viewer never gets an answer made with secrets
        // nor are answers kept for a studio the caller does not see: any number could fill the store
        boolean keep = !page.expand().contains("organization") && (studio == null || catalog.seesStudio(reach, studio));
        return !keep ? render.get().getBytes(StandardCharsets.UTF_8)
                : lists.get(reach.organizationId(), List.of("games", query, page.expand(), admins), render);
    }

    /** {@code GET /games/{game_id}}. */
    @GET
    @Path("{game_id}")
    public JsonObject get(@PathParam("game_id") String id, @QueryParam("expand[]") List<String> expand,
                          @QueryParam("organization_id") String organization) {
        Validation v = new Validation();
        Set<String> expanded = ListParams.expand(v, expand, Vocabulary.GAME_EXPAND);
        Long gameId = v.id("path", "game_id", id);
        Long org = v.organization(organization);
        v.done();
        Reach reach = caller.reach(org);
        Game game = catalog.get(reach, gameId);
        return TenancyJson.item(render(List.of(game), expanded, caller.administered(reach)).get(0));
    }

    /** {@code POST /games} → 201 with the new game, its {@code key} and {@code secret_key}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonValue body, @QueryParam("expand[]") List<String> expand,
                           @QueryParam("organization_id") String organization) {
        Validation v = new Validation();
        Set<String> expanded = ListParams.expand(v, expand, Vocabulary.GAME_EXPAND);
        Long org = v.organization(organization);
        JsonObject b = v.object(body);
        Long studioId = v.bodyInt(b, "studio_id", true);
        String title = v.bodyString(b, "title", true, 191);
        String sdk = v.bodyEnum(b, "sdk_used", true, Vocabulary.SDK_USED);
        String platform = v.bodyEnum(b, "platform", true, Vocabulary.PLATFORM);
        String store = v.bodyMatching(b, "store_platform", Vocabulary.STORE_PLATFORM);
        String bundle = v.bodyString(b, "bundle_id", false, 191);
        String googleplay = v.bodyString(b, "googleplay_key", false, 4096);
        if (title != null && title.isBlank()) {
            v.fail("body", "title", "ensure this value has at least 1 characters", "value_error.any_str.min_length");
        }
        v.done();
        Reach reach = caller.reach(org);
        Game game = catalog.create(reach, new NewGame(studioId, title.trim(), sdk, platform, store, bundle, googleplay));
        return Response.status(201).entity(TenancyJson.item(render(List.of(game), expanded, caller.administered(reach)).get(0))).build();
    }

    private List<JsonObject> render(List<Game> games, Set<String> expand, Reach admins) {
        Map<Long, GameActivity.Active> active = catalog.activityOf(games);
        Expansion lookups = new Expansion(tenancy);
        return games.stream().map(g -> TenancyJson.game(g, admins.seesGame(g.getId(), g.getStudioId()),
                active.getOrDefault(g.getId(), GameActivity.Active.NONE),
                expand, lookups::studio, lookups::organization)).toList();
    }

}
