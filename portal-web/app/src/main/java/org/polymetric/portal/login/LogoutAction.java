package org.polymetric.portal.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.apache.shiro.SecurityUtils;

/** {@code POST /logout} (CSRF-checked): ends the session and returns to the login page. */
@Path("logout")
public class LogoutAction {
    @Context
    HttpServletRequest request;

    @POST
    public Response logout() {
        SecurityUtils.getSubject().logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.seeOther(URI.create("/login")).build();
    }
}
