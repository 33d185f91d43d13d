package org.polymetric.portal.invite;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.polymetric.kernel.identity.Invite;
import org.polymetric.kernel.identity.InviteAcceptance;
import org.polymetric.kernel.security.CsrfTokens;
import org.polymetric.kernel.tenancy.TenancyDirectory;
import org.polymetric.kernel.web.View;

/**
 * {@code /invite/{token}}: open to anyone holding the link. A new person names themselves and
 * sets a password, then is signed in; someone who already has an account accepts and signs in as
 * usual. Forged, used or expired links get the themed 404.
 */
@Path("invite/{token}")
@Produces(MediaType.TEXT_HTML)
public class InvitePage {
    @Inject
    InviteAcceptance acceptance;

    @Inject
    TenancyDirectory tenancy;

    @Context
    HttpServletRequest request;

    @GET
    public View show(@PathParam("token") String token) {
        Invite invite = acceptance.open(token).orElseThrow(InvitePage::gone);
        CsrfTokens.of(request.getSession(true));
        return page(invite);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("token") String token, @FormParam("first_name") String firstName,
                           @FormParam("last_name") String lastName, @FormParam("password") String password) {
        Invite invite = acceptance.open(token).orElseThrow(InvitePage::gone);
        boolean newAccount = !acceptance.hasAccount(invite);
        String email;
        try {
            email = acceptance.accept(token, firstName, lastName, password);
        } catch (BadRequestException e) {
            return Response.status(400).entity(page(invite).with("error", e.getMessage())
                    .with("firstName", firstName).with("lastName", lastName)).build();
        }
        if (!newAccount) {
            return Response.seeOther(URI.create("/login")).build();
        }
        SecurityUtils.getSubject().login(new UsernamePasswordToken(email, password));
        request.changeSessionId();
        return Response.seeOther(URI.create("/")).build();
    }

    private View page(Invite invite) {
        return View.of("portal/invite")
                .with("email", invite.getEmail())
                .with("organization", tenancy.organization(invite.getOrganizationId()).map(o -> o.getName()).orElse(""))
                .with("level", invite.grant().level().word())
                .with("resource", invite.grant().resource().word())
                .with("hasAccount", acceptance.hasAccount(invite));
    }

    private static NotFoundException gone() {
        return new NotFoundException("This invitation does not exist, was used already, or has expired");
    }
}
