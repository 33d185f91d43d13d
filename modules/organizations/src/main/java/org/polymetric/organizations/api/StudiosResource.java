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
import java.util.List;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.tenancy.Studio;
import org.polymetric.organizations.domain.Slice;
import org.polymetric.organizations.domain.StudioQuery;
import org.polymetric.organizations.service.CallerOrganization;
import org.polymetric.organizations.service.StudioCatalog;

/**
 * GameAnalytics {@code /studios}: list, create and read studios of the caller's organization.
 * Errors: 401 anonymous, 404 unknown or not visible, 403 level too low, 422 invalid input.
 */
// one instance for every call: Jersey would otherwise build and inject a resource for each request
@ApplicationScoped
@Path("api/organizations/studios")
@Produces(MediaType.APPLICATION_JSON)
public class StudiosResource {
    @Inject
    CallerOrganization caller;

    @Inject
    StudioCatalog catalog;

    /** {@code GET /studios}: paging, {@code sort}, {@code filter[name]}. */
    @GET
    public JsonObject list(@QueryParam("page[size]") String size, @QueryParam("page[offset]") String offset,
                           @QueryParam("sort") String sort, @QueryParam("filter[name]") String name,
                           @QueryParam("expand[]") List<String> expand, @QueryParam("organization_id") String organization) {
        Validation v = new Validation();
        ListParams page = ListParams.parse(v, size, offset, sort, expand, Vocabulary.STUDIO_SORT, Vocabulary.STUDIO_EXPAND);
        String named = v.queryText("filter[name]", name, Vocabulary.MAX_TEXT);
        Long org = v.organization(organization);
        v.done();
        Reach reach = caller.reach(org);
        Slice<Studio> slice = catalog.list(new StudioQuery(reach, named,
                page.sort(), page.offset(), page.size()));
        return TenancyJson.list(slice.items().stream().map(TenancyJson::studio).toList(), slice.total());
    }

    /** {@code GET /studios/{studio_id}}; {@code expand[]} as on the list. */
    @GET
    @Path("{studio_id}")
    public JsonObject get(@PathParam("studio_id") String id, @QueryParam("expand[]") List<String> expand,
                          @QueryParam("organization_id") String organization) {
        Validation v = new Validation();
        ListParams.expand(v, expand, Vocabulary.STUDIO_EXPAND);
        Long studioId = v.id("path", "studio_id", id);
        Long org = v.organization(organization);
        v.done();
        return TenancyJson.item(TenancyJson.studio(catalog.get(caller.reach(org), studioId)));
    }

    /** {@code POST /studios} {@code {"name"}} → 201; needs admin on the organization; {@code expand[]} as on the list. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonValue body, @QueryParam("expand[]") List<String> expand,
                           @QueryParam("organization_id") String organization) {
        Validation v = new Validation();
        ListParams.expand(v, expand, Vocabulary.STUDIO_EXPAND);
        Long org = v.organization(organization);
        JsonObject b = v.object(body);
        String name = v.bodyString(b, "name", true, 191);
        if (name != null && name.isBlank()) {
            v.fail("body", "name", "ensure this value has at least 1 characters", "value_error.any_str.min_length");
        }
        v.done();
        Studio studio = catalog.create(caller.reach(org), name.trim());
        return Response.status(201).entity(TenancyJson.item(TenancyJson.studio(studio))).build();
    }
}
