package org.polymetric.portal.account;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.polymetric.kernel.identity.IdentityDirectory;
import org.polymetric.kernel.security.ApiAuthenticationFilter;
import org.polymetric.kernel.security.PortalPrincipal;
import org.polymetric.kernel.security.RequestMemo;
import org.polymetric.kernel.web.DialectErrors;
import org.polymetric.kernel.web.ErrorReplies;

/**
 * Ends a browser session opened with a password that has since been changed (on another device,
 * or by a reset): its next request is signed out, a page to the sign-in form, an API call with
 * 401. It reads the user the kernel already read for the request (the disabled-account check),
 * so a session request still costs one read; token and Basic calls are not sessions.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class StaleSessionEnd implements ContainerRequestFilter {
    @Context
    HttpServletRequest servletRequest;

    @Inject
    IdentityDirectory identities;

    @Inject
    DialectErrors dialects;

    @Override
    public void filter(ContainerRequestContext request) {
        HttpSession session = servletRequest.getSession(false);
        Subject subject = SecurityUtils.getSubject();
        if (session == null || !(subject.getPrincipal() instanceof PortalPrincipal me) || me.viaToken()
                || servletRequest.getAttribute(ApiAuthenticationFilter.AUTHENTICATED_BY) != null) {
            return;
        }
        boolean stale = RequestMemo.userOf(me.userId(), identities).map(u -> SessionCredentials.isStale(session, u)).orElse(true);
        if (!stale) {
            return;
        }
        subject.logout();
        String message = "Your password was changed: sign in again";
        request.abortWith(ErrorReplies.isApi(request.getUriInfo()) ? dialects.reply(request.getUriInfo(), 401, message)
                : Response.seeOther(URI.create("/login")).build());
    }
}
