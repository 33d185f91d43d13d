package org.polymetric.portal.login;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.polymetric.kernel.identity.PasswordResets;
import org.polymetric.kernel.security.ClientAddress;
import org.polymetric.kernel.security.CsrfTokens;
import org.polymetric.kernel.web.View;

/**
 * {@code /password-reset}: "forgot password". The request form answers the same whatever the
 * address (whether it has an account, or was throttled, is not told); {@code /password-reset/<link>}
 * is the mailed link's form for the new password, after which the person signs in.
 */
@Path("password-reset")
@Produces(MediaType.TEXT_HTML)
public class PasswordResetPage {
    @Inject
    PasswordResets resets;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @GET
    public View form() {
        CsrfTokens.of(request.getSession(true));
        return View.of("portal/reset");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public View request(@FormParam("email") String email) {
        resets.request(email, ClientAddress.of(request), uri.getBaseUri());
        return View.of("portal/reset").with("sent", true);
    }

    @GET
    @Path("{token}")
    public View choose(@PathParam("token") String token) {
        resets.requireOpen(token);
        CsrfTokens.of(request.getSession(true));
        return View.of("portal/reset-choose");
    }

    @POST
    @Path("{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response set(@PathParam("token") String token, @FormParam("password") String password,
                        @FormParam("repeat") String repeat) {
        try {
            resets.reset(token, password, repeat);
        } catch (BadRequestException e) {
            return Response.status(400).entity(View.of("portal/reset-choose").with("error", e.getMessage())).build();
        }
        return Response.seeOther(URI.create("/login?reset=done")).build();
    }
}
