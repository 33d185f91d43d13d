package org.polymetric.portal.invite;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
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
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.util.WebUtils;
import org.polymetric.kernel.identity.IdentityDirectory;
import org.polymetric.kernel.identity.Invite;
import org.polymetric.kernel.identity.InviteAcceptance;
import org.polymetric.kernel.security.CsrfTokens;
import org.polymetric.kernel.security.PortalPrincipal;
import org.polymetric.kernel.tenancy.TenancyDirectory;
import org.polymetric.kernel.web.View;
import org.polymetric.portal.account.SessionCredentials;

/**
 * {@code /invite/{token}}, the link of an invitation mail. For an address without an account the
 * link is the proof of the mailbox: the person names themselves, sets a password and is signed
 * in. An address with an account accepts only while signed in as that account; a visitor who is
 * not is asked to sign in and brought back. Unknown, used or expired links get the themed 404.
 */
@Path("invite/{token}")
@Produces(MediaType.TEXT_HTML)
public class InvitePage {
    @Inject
    InviteAcceptance acceptance;

    @Inject
    TenancyDirectory tenancy;

    @Inject
    IdentityDirectory identities;

    @Context
    HttpServletRequest request;

    @GET
    public View show(@PathParam("token") String token) {
        Invite invite = acceptance.open(token);
        CsrfTokens.of(request.getSession(true));
        if (acceptance.hasAccount(invite) && signedIn() == null) {
            // sign-in returns here (SignIn honours a saved GET)
            WebUtils.saveRequest(request);
        }
        return page(invite);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("token") String token, @FormParam("first_name") String firstName,
                           @FormParam("last_name") String lastName, @FormParam("password") String password) {
        Invite invite = acceptance.open(token);
        if (acceptance.hasAccount(invite)) {
            PortalPrincipal me = signedIn();
            if (me == null) {
                return Response.status(403).entity(page(invite).with("error", "Sign in as " + invite.getEmail() + " to accept")).build();
            }
            try {
                acceptance.accept(token, me.userId());
            } catch (ForbiddenException e) {
                return Response.status(403).entity(page(invite).with("error", e.getMessage())).build();
            }
            return Response.seeOther(URI.create("/")).build();
        }
        String email;
        try {
            email = acceptance.join(token, firstName, lastName, password);
        } catch (BadRequestException e) {
            return Response.status(400).entity(page(invite).with("error", e.getMessage())
                    .with("firstName", firstName).with("lastName", lastName)).build();
        }
        Subject subject = SecurityUtils.getSubject();
        subject.logout();
        subject.login(new UsernamePasswordToken(email, password));
        request.changeSessionId();
        identities.userByEmail(email).ifPresent(u -> SessionCredentials.remember(request.getSession(), u));
        return Response.seeOther(URI.create("/")).build();
    }

    private View page(Invite invite) {
        PortalPrincipal me = signedIn();
        return View.of("portal/invite")
                .with("email", invite.getEmail())
                .with("organization", tenancy.organization(invite.getOrganizationId()).map(o -> o.getName()).orElse(""))
                .with("level", invite.grant().level().word())
                .with("resource", invite.grant().resource().word())
                .with("hasAccount", acceptance.hasAccount(invite))
                .with("signedInAs", me == null ? null : me.email())
                .with("isFor", me != null && acceptance.isFor(invite, me.userId()));
    }

    private static PortalPrincipal signedIn() {
        return SecurityUtils.getSubject().getPrincipal() instanceof PortalPrincipal p && !p.viaToken() ? p : null;
    }
}
