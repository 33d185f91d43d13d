package org.polymetric.portal.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.polymetric.kernel.identity.OrganizationProvisioning;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.tenancy.Organization;
import org.polymetric.kernel.tenancy.TenancyDirectory;
import org.polymetric.kernel.web.View;

/** {@code /admin}: portal administrators list organizations and create one with its owner. */
@Path("admin")
@Produces(MediaType.TEXT_HTML)
public class AdminPage {
    @Inject
    AccessGuard guard;

    @Inject
    TenancyDirectory tenancy;

    @Inject
    OrganizationProvisioning provisioning;

    @GET
    public View show() {
        return page();
    }

    @POST
    @Path("organizations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("name") String name, @FormParam("email") String email,
                           @FormParam("password") String password) {
        try {
            Organization created = provisioning.create(name, email, password);
            return Response.status(201).entity(page().with("created", created)).build();
        } catch (BadRequestException e) {
            return Response.status(400).entity(page().with("error", e.getMessage())
                    .with("name", name).with("email", email)).build();
        }
    }

    private View page() {
        guard.require(Permissions.PORTAL_ADMIN);
        return View.of("portal/admin").with("organizations", tenancy.allOrganizations());
    }
}
