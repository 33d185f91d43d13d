package org.polymetric.portal.account;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.OptionalLong;
import org.polymetric.kernel.identity.IdentityDirectory;
import org.polymetric.kernel.identity.PasswordChange;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.ClientAddress;
import org.polymetric.kernel.security.LoginThrottle;
import org.polymetric.kernel.security.PortalPrincipal;
import org.polymetric.kernel.web.View;

/**
 * {@code /account/password}: the signed-in user changes their password (the current one, the new
 * one twice). Afterwards the session gets a new id and the user's other sessions end.
 */
@Path("account/password")
@Produces(MediaType.TEXT_HTML)
public class PasswordPage {
    public static final String PATH = "/account/password";
    @Inject
    LoginThrottle throttle;

    @Inject
    PasswordChange change;

    @Inject
    IdentityDirectory identities;

    @Inject
    AccessGuard guard;

    @Context
    HttpServletRequest request;

    @GET
    public View show() {
        return page();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@FormParam("current") String current, @FormParam("password") String password,
                           @FormParam("repeat") String repeat) {
        PortalPrincipal me = guard.requireUser();
        long userId = me.userId();
        // a stolen session must not become a way to guess the password that Basic calls still take
        String address = ClientAddress.of(request);
        OptionalLong wait = throttle.retryAfter(me.email(), address);
        if (wait.isPresent()) {
            return Response.status(429).header("Retry-After", wait.getAsLong()).entity(page()
                    .with("error", "Too many wrong passwords from here; try again in " + wait.getAsLong() + " s")).build();
        }
        try {
            change.change(userId, current, password, repeat);
        } catch (PasswordChange.WrongCurrentPassword e) {
            throttle.recordFailure(me.email(), address);
            return Response.status(400).entity(page().with("error", e.getMessage())).build();
        } catch (BadRequestException e) {
            return Response.status(400).entity(page().with("error", e.getMessage())).build();
        }
        request.changeSessionId();
        identities.user(userId).ifPresent(u -> SessionCredentials.remember(request.getSession(), u));
        return Response.seeOther(URI.create("/account?password=changed")).build();
    }

    private View page() {
        return View.of("portal/password").with("mustChange", SessionCredentials.mustChange(request.getSession(false)));
    }
}
