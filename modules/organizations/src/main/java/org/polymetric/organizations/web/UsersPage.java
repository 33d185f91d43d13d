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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.identity.EmailAddress;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.tenancy.ResourceType;
import org.polymetric.kernel.web.View;
import org.polymetric.organizations.api.Vocabulary;
import org.polymetric.organizations.domain.Member;
import org.polymetric.organizations.domain.Slice;
import org.polymetric.organizations.service.Invitations;
import org.polymetric.organizations.service.MemberQuery;
import org.polymetric.organizations.service.NewAcl;
import org.polymetric.organizations.service.NewInvite;
import org.polymetric.organizations.service.People;

/**
 * {@code /organizations/users}: the people of the organization with their highest access, the
 * open invites (never their links: those go only to the invitee), and the invite form;
 * {@code /organizations/users/{id}} edits one person's access under the replace-ACL rules, or
 * removes them from the organization.
 */
@Path("organizations/users")
@Produces(MediaType.TEXT_HTML)
public class UsersPage {
    /** As many addresses as one GameAnalytics invite call takes. */
    static final int MAX_INVITES = 20;

    @Inject
    PageContext context;

    @Inject
    People people;

    @Inject
    Invitations invitations;

    @Inject
    Places places;

    @Context
    UriInfo uri;

    @GET
    public View list(@QueryParam("organization_id") String organization, @QueryParam("page") String page,
                     @QueryParam("sort") String sort, @QueryParam("name") String name, @QueryParam("notice") String notice) {
        Reach reach = context.reach(organization);
        return view(reach, Listing.parse(page, sort, Vocabulary.USER_SORT, "full_name:asc"), name).with("notice", Notice.key(notice));
    }

    @POST
    @Path("invite")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@FormParam("organization_id") String organization, @FormParam("emails") String emails,
                           @FormParam("resource") String resource, @FormParam("level") String level,
                           @FormParam("override") String override) {
        Reach reach = context.reach(organization);
        try {
            FormCheck form = new FormCheck();
            Set<String> addresses = new LinkedHashSet<>();
            for (String part : (emails == null ? "" : emails).split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    EmailAddress.parse(part).ifPresentOrElse(addresses::add, () -> form.fail(part + " is not an e-mail address"));
                }
            }
            if (addresses.isEmpty()) {
                form.fail("Give at least one e-mail address");
            } else if (addresses.size() > MAX_INVITES) {
                form.fail("Invite at most " + MAX_INVITES + " people at once");
            }
            NewAcl acl = AccessChoices.parse(resource, level, form).orElse(null);
            if (acl == null) {
                form.fail("Choose what to give access to");
            }
            form.done();
            List<NewInvite> invites = addresses.stream().map(a -> new NewInvite(a, acl)).toList();
            invitations.invite(reach, override != null, invites, uri.getBaseUri());
            return Notice.redirect(listAddress(reach), "invited");
        } catch (RuntimeException e) {
            Failure failure = Failure.of(e);
            View page = view(reach, Listing.parse(null, null, Vocabulary.USER_SORT, "full_name:asc"), null)
                    .with("failure", failure).with("emails", emails == null ? "" : emails);
            return Response.status(failure.status()).entity(page).build();
        }
    }

    @POST
    @Path("invites/{id: \\d{1,18}}/revoke")
    public Response revokeInvite(@PathParam("id") long id, @FormParam("organization_id") String organization) {
        Reach reach = context.reach(organization);
        invitations.revoke(reach, id);
        return Notice.redirect(listAddress(reach), "revoked");
    }

    @GET
    @Path("{id: \\d{1,18}}")
    public View member(@PathParam("id") long id, @QueryParam("organization_id") String organization,
                       @QueryParam("notice") String notice) {
        Reach reach = context.reach(organization);
        return memberView(reach, people.get(reach, id)).with("notice", Notice.key(notice));
    }

    @POST
    @Path("{id: \\d{1,18}}/access")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response access(@PathParam("id") long id, @FormParam("organization_id") String organization,
                           @FormParam("resource") List<String> resources, @FormParam("level") List<String> levels) {
        return onMember(id, organization, "access", reach -> {
            FormCheck form = new FormCheck();
            List<NewAcl> acls = new ArrayList<>();
            for (int i = 0; i < resources.size(); i++) {
                String level = i < levels.size() ? levels.get(i) : null;
                AccessChoices.parse(resources.get(i), level, form).ifPresent(acls::add);
            }
            if (acls.isEmpty()) {
                form.fail("Keep at least one access, or remove the person instead");
            }
            form.done();
            people.replaceAcl(reach, id, acls);
        });
    }

    @POST
    @Path("{id: \\d{1,18}}/remove")
    public Response remove(@PathParam("id") long id, @FormParam("organization_id") String organization) {
        Reach reach = context.reach(organization);
        people.get(reach, id);
        try {
            people.remove(reach, id);
            return Notice.redirect(listAddress(reach), "removed");
        } catch (RuntimeException e) {
            Failure failure = Failure.of(e);
            return Response.status(failure.status()).entity(memberView(reach, people.get(reach, id)).with("failure", failure)).build();
        }
    }

    /** Runs an action on a visible member: 303 back to their page, or that page with what went wrong. */
    private Response onMember(long id, String organization, String notice, Consumer<Reach> action) {
        Reach reach = context.reach(organization);
        people.get(reach, id);
        try {
            action.accept(reach);
            return Notice.redirect(UriBuilder.fromPath("/organizations/users/" + id)
                    .queryParam("organization_id", reach.organizationId()), notice);
        } catch (RuntimeException e) {
            Failure failure = Failure.of(e);
            return Response.status(failure.status()).entity(memberView(reach, people.get(reach, id)).with("failure", failure)).build();
        }
    }

    private View view(Reach reach, Listing listing, String name) {
        String filter = name == null || name.isBlank() ? null : name.trim();
        Slice<Member> slice = people.list(reach, new MemberQuery(null, null, null, filter, listing.order(), listing.offset(), listing.size()));
        boolean admin = context.can(ResourceType.ORGANIZATION, AccessLevel.ADMIN, reach.organizationId());
        AccessChoices choices = places.grantable(reach);
        return View.of("organizations/users").with("organization", context.organization(reach)).with("members", slice.items())
                .with("total", slice.total())
                .with("links", new ListLinks("/organizations/users", listing, slice.total())
                        .keep("organization_id", reach.organizationId()).keep("name", filter))
                .with("name", filter == null ? "" : filter).with("places", choices).with("invites", invitations.pending(reach))
                .with("canManage", admin).with("canInvite", !choices.options().isEmpty())
                .with("levels", levelsFor(reach)).with("emails", "").with("tab", "users");
    }

    private View memberView(Reach reach, Member member) {
        AccessChoices choices = places.grantable(reach);
        boolean primary = member.grants().stream().anyMatch(a -> a.getLevel() == AccessLevel.PRIMARY_OWNER);
        return View.of("organizations/user").with("organization", context.organization(reach)).with("member", member)
                .with("places", choices).with("known", places.all(reach)).with("primary", primary)
                .with("canManage", people.mayChange(reach, member))
                .with("levels", levelsFor(reach)).with("blankRows", List.of(1, 2)).with("tab", "users");
    }

    private List<String> levelsFor(Reach reach) {
        return context.can(ResourceType.ORGANIZATION, AccessLevel.OWNER, reach.organizationId())
                ? List.of("viewer", "admin", "owner") : List.of("viewer", "admin");
    }

    private static UriBuilder listAddress(Reach reach) {
        return UriBuilder.fromPath("/organizations/users").queryParam("organization_id", reach.organizationId());
    }
}
