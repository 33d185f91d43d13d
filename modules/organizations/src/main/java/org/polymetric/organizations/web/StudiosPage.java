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
import java.util.Set;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.tenancy.ResourceType;
import org.polymetric.kernel.tenancy.Studio;
import org.polymetric.kernel.web.View;
import org.polymetric.organizations.api.Vocabulary;
import org.polymetric.organizations.domain.Slice;
import org.polymetric.organizations.domain.StudioQuery;
import org.polymetric.organizations.service.StudioCatalog;

/**
 * {@code /organizations/studios}: the studios the caller sees, paged and sorted, with a filter;
 * organization admins create, archive and restore studios, studio admins rename theirs.
 */
@Path("organizations/studios")
@Produces(MediaType.TEXT_HTML)
public class StudiosPage {
    static final String NAME = "Name";

    @Inject
    PageContext context;

    @Inject
    StudioCatalog studios;

    @Inject
    IconUploads icons;

    /** A studio row and what the caller may do with it. */
    public record Row(Studio studio, boolean icon, boolean canRename, boolean canArchive) {
    }

    @GET
    public View list(@QueryParam("organization_id") String organization, @QueryParam("page") String page,
                     @QueryParam("sort") String sort, @QueryParam("name") String name, @QueryParam("notice") String notice) {
        Reach reach = context.reach(organization);
        return view(reach, Listing.parse(page, sort, Vocabulary.STUDIO_SORT, "name:asc"), name).with("notice", Notice.key(notice));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("organization_id") String organization, @FormParam("name") String name) {
        Reach reach = context.reach(organization);
        try {
            FormCheck form = new FormCheck();
            String checked = form.text(NAME, name, true, 191);
            form.done();
            studios.create(reach, checked);
            return Notice.redirect(listAddress(reach), "created");
        } catch (RuntimeException e) {
            return failed(reach, e);
        }
    }

    @POST
    @Path("{id: \\d{1,18}}/rename")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rename(@PathParam("id") long id, @FormParam("name") String name) {
        Reach reach = context.reachOf(ResourceType.STUDIO, id);
        try {
            FormCheck form = new FormCheck();
            String checked = form.text(NAME, name, true, 191);
            form.done();
            studios.rename(reach, id, checked);
            return Notice.redirect(listAddress(reach), "renamed");
        } catch (RuntimeException e) {
            return failed(reach, e);
        }
    }

    @POST
    @Path("{id: \\d{1,18}}/archive")
    public Response archive(@PathParam("id") long id) {
        return archived(id, true);
    }

    @POST
    @Path("{id: \\d{1,18}}/unarchive")
    public Response unarchive(@PathParam("id") long id) {
        return archived(id, false);
    }

    @POST
    @Path("{id: \\d{1,18}}/icon")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response icon(@PathParam("id") long id, @HeaderParam("Content-Type") String type, InputStream body) {
        Reach reach = context.reachOf(ResourceType.STUDIO, id);
        try {
            icons.upload(reach, ResourceType.STUDIO, id, type, body);
            return Notice.redirect(listAddress(reach), "icon");
        } catch (RuntimeException e) {
            return failed(reach, e);
        }
    }

    private Response archived(long id, boolean archived) {
        Reach reach = context.reachOf(ResourceType.STUDIO, id);
        try {
            studios.archive(reach, id, archived);
            return Notice.redirect(listAddress(reach), archived ? "archived" : "unarchived");
        } catch (RuntimeException e) {
            return failed(reach, e);
        }
    }

    private Response failed(Reach reach, RuntimeException e) {
        Failure failure = Failure.of(e);
        View page = view(reach, Listing.parse(null, null, Vocabulary.STUDIO_SORT, "name:asc"), null).with("failure", failure);
        return Response.status(failure.status()).entity(page).build();
    }

    private View view(Reach reach, Listing listing, String name) {
        String filter = name == null || name.isBlank() ? null : name.trim();
        Slice<Studio> slice = studios.list(new StudioQuery(reach, filter, listing.order(), listing.offset(), listing.size()));
        List<Long> ids = slice.items().stream().map(Studio::getId).toList();
        Set<Long> withIcons = icons.withIcons(ResourceType.STUDIO, ids);
        long org = reach.organizationId();
        boolean orgAdmin = context.can(ResourceType.ORGANIZATION, AccessLevel.ADMIN, org);
        List<Row> rows = slice.items().stream().map(s -> new Row(s, withIcons.contains(s.getId()),
                context.can(ResourceType.STUDIO, AccessLevel.ADMIN, s.getId()), orgAdmin)).toList();
        return View.of("organizations/studios").with("organization", context.organization(reach)).with("rows", rows)
                .with("total", slice.total())
                .with("links", new ListLinks("/organizations/studios", listing, slice.total())
                        .keep("organization_id", reach.organizationId()).keep("name", filter))
                .with("name", filter == null ? "" : filter).with("canCreate", orgAdmin).with("tab", "studios");
    }

    private static UriBuilder listAddress(Reach reach) {
        return UriBuilder.fromPath("/organizations/studios").queryParam("organization_id", reach.organizationId());
    }
}
