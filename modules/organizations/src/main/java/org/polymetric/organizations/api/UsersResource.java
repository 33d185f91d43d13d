package org.polymetric.organizations.api;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
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
import java.util.ArrayList;
import java.util.List;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.tenancy.TenancyDirectory;
import org.polymetric.organizations.domain.Slice;
import org.polymetric.organizations.domain.Member;
import org.polymetric.organizations.service.CallerOrganization;
import org.polymetric.organizations.service.MemberQuery;
import org.polymetric.organizations.service.NewAcl;
import org.polymetric.organizations.service.People;

/**
 * GameAnalytics {@code /users}: the people of the caller's organization with their highest access,
 * and {@code replace_acl}. Errors: 401, 403 (replace-ACL needs admin on the organization), 404,
 * 409 (primary owner, incompatible accesses), 422.
 */
@Path("api/organizations/users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {
    @Inject
    CallerOrganization caller;

    @Inject
    People people;

    @Inject
    TenancyDirectory tenancy;

    /** {@code GET /users}: paging, {@code sort}, {@code filter[studio.id]}, {@code filter[access.resource]}, {@code filter[access.level]}, {@code filter[name]}. */
    @GET
    public JsonObject list(@QueryParam("page[size]") String size, @QueryParam("page[offset]") String offset,
                           @QueryParam("sort") String sort, @QueryParam("filter[studio.id]") String studioId,
                           @QueryParam("filter[access.resource]") String resource, @QueryParam("filter[access.level]") String level,
                           @QueryParam("filter[name]") String name, @QueryParam("organization_id") String organization) {
        Validation v = new Validation();
        ListParams page = ListParams.parse(v, size, offset, sort, List.of(), Vocabulary.USER_SORT, List.of());
        Integer studio = v.queryInt("filter[studio.id]", studioId, 0, Integer.MAX_VALUE);
        String accessResource = v.queryEnum("filter[access.resource]", resource, Vocabulary.ACCESS_RESOURCE);
        String accessLevel = v.queryEnum("filter[access.level]", level, Vocabulary.ACCESS_LEVEL);
        Long org = v.organization(organization);
        v.done();
        Reach reach = caller.reach(org);
        Slice<Member> slice = people.list(reach, new MemberQuery(studio == null ? null : studio.longValue(), accessResource,
                accessLevel, name == null || name.isEmpty() ? null : name, page.sort(), page.offset(), page.size()));
        return TenancyJson.list(slice.items().stream().map(PeopleJson::user).toList(), slice.total());
    }

    /** {@code GET /users/{user_id}}: the user object itself, as the seed shows it (no envelope). */
    @GET
    @Path("{user_id}")
    public JsonObject get(@PathParam("user_id") String id, @QueryParam("organization_id") String organization) {
        Validation v = new Validation();
        Long userId = GamesResource.pathId(v, "user_id", id);
        Long org = v.organization(organization);
        v.done();
        return PeopleJson.user(people.get(caller.reach(org), userId));
    }

    /** {@code POST /users/{user_id}/replace_acl} {@code {"acls": [{"resource": {...}}]}} → the new ACL list. */
    @POST
    @Path("{user_id}/replace_acl")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject replaceAcl(@PathParam("user_id") String id, JsonValue body, @QueryParam("organization_id") String organization) {
        Validation v = new Validation();
        Long userId = GamesResource.pathId(v, "user_id", id);
        Long org = v.organization(organization);
        JsonObject b = v.object(body);
        List<NewAcl> acls = new ArrayList<>();
        if (!(b.get("acls") instanceof JsonArray list)) {
            v.fail("body", "acls", b.containsKey("acls") ? "value is not a valid list" : "field required",
                    b.containsKey("acls") ? "type_error.list" : "value_error.missing");
        } else {
            for (JsonValue item : list) {
                acls.add(AclParser.parse(v, item));
            }
        }
        v.done();
        Reach reach = caller.reach(org);
        return PeopleJson.acls(people.replaceAcl(reach, userId, acls), tenancy);
    }


}
