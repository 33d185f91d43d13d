package org.polymetric.portal.account;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import org.polymetric.kernel.web.ErrorReplies;

/**
 * A session signed in with a generated first-run password reaches nothing but the change-password
 * page (and sign-out) until the password is changed: every other page redirects there. API calls
 * are not held back: they bring their own credentials (Basic, tokens), which is how scripts run.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class PasswordChangeGate implements ContainerRequestFilter {
    private static final List<String> ALLOWED = List.of("account/password", "logout", "login", "invite/", "password-reset");

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!SessionCredentials.mustChange(servletRequest.getSession(false)) || ErrorReplies.isApi(request.getUriInfo())) {
            return;
        }
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (ALLOWED.stream().noneMatch(path::startsWith)) {
            request.abortWith(Response.seeOther(URI.create(PasswordPage.PATH)).build());
        }
    }
}
