package org.polymetric.organizations.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.polymetric.kernel.security.ReachFinder;
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

    @GET
    public View show(@QueryParam("organization_id") String organization, @QueryParam("page") String page) {
        Long named = parse(organization);
        if (reaches.organizationOf(named).isEmpty()) {
            List<?> choices = workspace.forCurrentUser().organizations();
            return View.of("organizations/choose").with("choices", choices);
        }
        Long pageNumber = parse(page);
        Overview.Page model = overview.of(caller.reach(named), pageNumber == null || pageNumber < 1 ? 1 : (int) Math.min(pageNumber, 100_000));
        return View.of("organizations/overview").with("overview", model).with("organization", model.organization())
                .with("organizationParam", named == null ? "" : "organization_id=" + named + "&");
    }

    private static Long parse(String text) {
        if (text == null || !text.matches("\\d{1,9}")) {
            return null;
        }
        return Long.parseLong(text);
    }
}
