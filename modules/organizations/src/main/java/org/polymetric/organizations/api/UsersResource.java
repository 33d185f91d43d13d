package org.polymetric.organizations.api;

import jakarta.enterprise.context.ApplicationScoped;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.json.JsonArrayBuilder;
import org.polymetric.kernel.web.JsonBuilders;
import org.polymetric.organizations.service.Invitations;
import org.polymetric.organizations.service.NewInvite;
import java.util.ArrayList;
import java.util.List;
import org.polymetric.kernel.identity.EmailAddress;
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
// one instance for every call: Jersey would otherwise build and inject a resource for each request
@ApplicationScoped
@Path("api/organizations/users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {
    @Inject
    CallerOrganization caller;

    @Inject
    People people;

    @Inject
    TenancyDirectory tenancy;

    @Inject
    Invitations invitations;

    static final int MAX_INVITES = 20;

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
        String named = v.queryText("filter[name]", name, Vocabulary.MAX_TEXT);
        Long org = v.organization(organization);
        v.done();
        Reach reach = caller.reach(org);
        Slice<Member> slice = people.list(reach, new MemberQuery(studio == null ? null : studio.longValue(), accessResource,
                accessLevel, named, page.sort(), page.offset(), page.size()));
        return TenancyJson.list(slice.items().stream().map(PeopleJson::user).toList(), slice.total());
    }

    /** {@code GET /users/{user_id}}: the user object itself, as the seed shows it (no envelope). */
    @GET
    @Path("{user_id}")
    public JsonObject get(@PathParam("user_id") String id, @QueryParam("organization_id") String organization) {
        Validation v = new Validation();
        Long userId = v.id("path", "user_id", id);
        Long org = v.organization(organization);
        v.done();
        return PeopleJson.user(people.get(caller.reach(org), userId));
    }

    /**
     * {@code POST /users/invite} {@code {"override": false, "invites": [{"email", "resource": {...}}]}}
     * (1 to 20) → 201 {@code {"data": [{"email", "status": "success"}], "meta": {"total"}}}.
     */
    @POST
    @Path("invite")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(JsonValue body, @QueryParam("organization_id") String organization, @Context UriInfo uri) {
        Validation v = new Validation();
        Long org = v.organization(organization);
        JsonObject b = v.object(body);
        boolean override = b.get("override") == JsonValue.TRUE;
        if (b.containsKey("override") && b.get("override") != JsonValue.TRUE && b.get("override") != JsonValue.FALSE
                && b.get("override") != JsonValue.NULL) {
            v.fail("body", "override", "value could not be parsed to a boolean", "type_error.bool");
        }
        List<NewInvite> invites = new ArrayList<>();
        if (!(b.get("invites") instanceof JsonArray list)) {
            v.fail("body", "invites", b.containsKey("invites") ? "value is not a valid list" : "field required",
                    b.containsKey("invites") ? "type_error.list" : "value_error.missing");
        } else if (list.isEmpty() || list.size() > MAX_INVITES) {
            v.fail("body", "invites", "ensure this value has between 1 and " + MAX_INVITES + " items", "value_error.list.size");
        } else {
            for (JsonValue item : list) {
                String raw = item instanceof JsonObject o ? v.bodyString(o, "email", true, EmailAddress.MAX_LENGTH) : null;
                String email = raw == null ? null : EmailAddress.parse(raw).orElse(null);
                if (raw != null && email == null) {
                    v.fail("body", "email", "value is not a valid email address", "value_error.email");
                }
                NewAcl acl = AclParser.parse(v, item);
                if (email != null && acl != null) {
                    invites.add(new NewInvite(email, acl));
                }
            }
        }
        v.done();
        List<String> done = invitations.invite(caller.reach(org), override, invites, uri.getBaseUri());
        JsonArrayBuilder data = JsonBuilders.array();
        done.forEach(email -> data.add(JsonBuilders.object().add("email", email).add("status", "success")));
        return Response.status(201).entity(JsonBuilders.object().add("data", data)
                .add("meta", JsonBuilders.object().add("total", done.size())).build()).build();
    }

    /** {@code POST /users/{user_id}/replace_acl} {@code {"acls": [{"resource": {...}}]}} → the new ACL list. */
    @POST
    @Path("{user_id}/replace_acl")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject replaceAcl(@PathParam("user_id") String id, JsonValue body, @QueryParam("organization_id") String organization) {
        Validation v = new Validation();
        Long userId = v.id("path", "user_id", id);
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
