package org.polymetric.portal.login;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.polymetric.kernel.security.CsrfTokens;
import org.polymetric.kernel.web.View;

/**
 * {@code GET /login} shows the form; {@code POST /login} signs in (CSRF-checked by the kernel's
 * filter) and returns to the page that asked for it, or to the change-password page when the
 * password must be changed first. The form links to the password reset.
 */
@Path("login")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {
    @Inject
    SignIn signIn;

    @Context
    HttpServletRequest request;

    @GET
    public Response form(@QueryParam("reset") String reset) {
        if (signIn.isSignedIn()) {
            return Response.seeOther(URI.create("/")).build();
        }
        // the form needs a session to carry its CSRF token
        CsrfTokens.of(request.getSession(true));
        return Response.ok(View.of("portal/login").with("reset", "done".equals(reset))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@FormParam("email") String email, @FormParam("password") String password) {
        SignIn.Outcome outcome = signIn.attempt(request, email, password);
        return switch (outcome.result()) {
            case SIGNED_IN -> Response.seeOther(URI.create(outcome.next())).build();
            case THROTTLED -> Response.status(429).header("Retry-After", outcome.retryAfter()).entity(View.of("portal/login")
                    .with("email", email).with("error", "portal.login.throttled").with("wait", outcome.retryAfter())).build();
            case REJECTED -> Response.status(401).entity(View.of("portal/login")
                    .with("email", email).with("error", "portal.login.failed")).build();
            case UNAVAILABLE -> Response.status(503).entity(View.of("portal/login")
                    .with("email", email).with("error", "portal.login.unavailable")).build();
        };
    }
}
