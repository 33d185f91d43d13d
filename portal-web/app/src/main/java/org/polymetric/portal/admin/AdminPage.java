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
import jakarta.ws.rs.NotFoundException;
import org.polymetric.kernel.identity.AccountStatus;
import org.polymetric.kernel.identity.OrganizationProvisioning;
import org.polymetric.kernel.identity.User;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.tenancy.Organization;
import org.polymetric.kernel.tenancy.TenancyDirectory;
import org.polymetric.kernel.web.View;

/**
 * {@code /admin}: portal administrators list organizations, create one with its owner, and
 * disable or enable an account by its e-mail address.
 */
@Path("admin")
@Produces(MediaType.TEXT_HTML)
public class AdminPage {
    @Inject
    AccessGuard guard;

    @Inject
    TenancyDirectory tenancy;

    @Inject
    OrganizationProvisioning provisioning;

    @Inject
    AccountStatus accounts;

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

    /** {@code POST /admin/accounts} {@code email}, {@code action=disable|enable}: 200, or the page with the error (400, 404). */
    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response account(@FormParam("email") String email, @FormParam("action") String action) {
        guard.require(Permissions.PORTAL_ADMIN);
        if (!"disable".equals(action) && !"enable".equals(action)) {
            return Response.status(400).entity(page().with("accountError", "action: disable or enable")
                    .with("accountEmail", email)).build();
        }
        try {
            User user = accounts.set(email, "disable".equals(action));
            return Response.ok(page().with("account", user)).build();
        } catch (BadRequestException | NotFoundException e) {
            return Response.status(e.getResponse().getStatus()).entity(page().with("accountError", e.getMessage())
                    .with("accountEmail", email)).build();
        }
    }

    private View page() {
        guard.require(Permissions.PORTAL_ADMIN);
        return View.of("portal/admin").with("organizations", tenancy.allOrganizations());
    }
}
