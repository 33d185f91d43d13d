package org.polymetric.organizations.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.util.List;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.security.ReachFinder;
import org.polymetric.kernel.tenancy.ResourceType;
import org.polymetric.kernel.tenancy.Workspace;
import org.polymetric.kernel.web.View;
import org.polymetric.organizations.service.CallerOrganization;
import org.polymetric.organizations.service.Overview;

/**
 * {@code GET /organizations}: the caller's organization with its studios and games (icons, DAU).
 * Someone in several organizations first picks one ({@code ?organization_id=N}); {@code page}
 * pages the studios.
 */
@Path("organizations")
@Produces(MediaType.TEXT_HTML)
public class OverviewPage {
    @Inject
    ReachFinder reaches;

    @Inject
    CallerOrganization caller;

    @Inject
    Overview overview;

    @Inject
    Workspace workspace;

    @Inject
    PageContext context;

    @Inject
    IconUploads icons;

    @GET
    public View show(@QueryParam("organization_id") String organization, @QueryParam("page") String page,
                     @QueryParam("notice") String notice) {
        Long named = parse(organization);
        if (reaches.organizationOf(named).isEmpty()) {
            List<?> choices = workspace.forCurrentUser().organizations();
            return View.of("organizations/choose").with("choices", choices);
        }
        Long pageNumber = parse(page);
        Overview.Page model = overview.of(caller.reach(named), pageNumber == null || pageNumber < 1 ? 1 : (int) Math.min(pageNumber, 100_000));
        return View.of("organizations/overview").with("overview", model).with("organization", model.organization())
                .with("organizationParam", named == null ? "" : "organization_id=" + named + "&")
                .with("canEdit", context.can(ResourceType.ORGANIZATION, AccessLevel.ADMIN, model.organization().getId()))
                .with("notice", Notice.key(notice));
    }

    /** The organization's icon, from the overview page's upload form (organization admins). */
    @POST
    @Path("icon")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response icon(@QueryParam("organization_id") String organization, @HeaderParam("Content-Type") String type, InputStream body) {
        Reach reach = context.reach(organization);
        String org = Long.toString(reach.organizationId());
        try {
            icons.upload(reach, ResourceType.ORGANIZATION, reach.organizationId(), type, body);
            return Notice.redirect(UriBuilder.fromPath("/organizations").queryParam("organization_id", org), "icon");
        } catch (RuntimeException e) {
            Failure failure = Failure.of(e);
            return Response.status(failure.status()).entity(show(org, null, null).with("failure", failure)).build();
        }
    }

    private static Long parse(String text) {
        if (text == null || !text.matches("\\d{1,9}")) {
            return null;
        }
        return Long.parseLong(text);
    }
}
