package org.polymetric.portal.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.polymetric.kernel.identity.TokenService;
import org.polymetric.kernel.tenancy.Workspace;
import org.polymetric.kernel.web.View;

/**
 * {@code /account}: create (secret shown once), list and revoke API tokens; the way to change the
 * password ({@link PasswordPage}), and its notice after a change.
 */
@Path("account")
@Produces(MediaType.TEXT_HTML)
public class AccountPage {
    @Inject
    TokenService tokens;

    @Inject
    Workspace workspace;

    @GET
    public View show(@QueryParam("password") String password) {
        return page().with("passwordChanged", "changed".equals(password));
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("name") String name, @FormParam("scope") String scope,
                           @FormParam("level") String level) {
        try {
            TokenRequest request = TokenRequest.fromForm(name, scope, level);
            TokenService.Issued issued = tokens.create(request.name(), request.scope());
            return Response.status(201).entity(page().with("issued", issued)).build();
        } catch (BadRequestException | jakarta.ws.rs.ForbiddenException e) {
            int status = ((ClientErrorException) e).getResponse().getStatus();
            return Response.status(status).entity(page().with("error", e.getMessage()).with("name", name)).build();
        }
    }

    @POST
    @Path("tokens/{id: \\d{1,18}}/revoke")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.seeOther(URI.create("/account")).build();
    }

    private View page() {
        return View.of("portal/account").with("tokens", tokens.mine()).with("tree", workspace.forCurrentUser());
    }
}
