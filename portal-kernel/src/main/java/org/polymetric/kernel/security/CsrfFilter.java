package org.polymetric.kernel.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.shiro.SecurityUtils;
import org.polymetric.kernel.web.BoundedBody;
import org.polymetric.kernel.web.MultipartForm;

/**
 * Refuses forged state changes with 403. Checked on every unsafe method to a page, and to an API
 * when the caller is a signed-in browser session; calls with their own credentials (tokens,
 * Basic) and anonymous SDK traffic carry no ambient authority, so nothing can be forged there.
 * The token comes in the {@code X-CSRF-Token} header or the {@code _csrf} form field.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CsrfFilter implements ContainerRequestFilter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** The largest upload a signed-in page may send: an icon (1 MB) and its form, with room to spare. */
    static final int MULTIPART_LIMIT = 2 * 1024 * 1024;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        boolean api = request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("api/");
        HttpSession session = servletRequest.getSession(false);
        boolean sessionUser = session != null && SecurityUtils.getSubject().getPrincipal() != null
                && servletRequest.getAttribute(ApiAuthenticationFilter.AUTHENTICATED_BY) == null;
        if (api && !sessionUser) {
            return;
        }
        String presented = request.getHeaderString(CsrfTokens.HEADER);
        if (presented == null && MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
            presented = formField(request);
        } else if (presented == null && MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(request.getMediaType())) {
            presented = multipartField(request);
        }
        if (!CsrfTokens.matches(session, presented)) {
            throw new ForbiddenException("The form has expired or did not come from this site; reload the page and try again");
        }
    }

    /**
     * Reads the {@code _csrf} part of an upload form (a browser cannot send a header with one) and
     * puts the body back. Page uploads are small; a body over the limit is refused here with 413.
     */
    private static String multipartField(ContainerRequestContext request) throws IOException {
        byte[] body = BoundedBody.read(request.getEntityStream(), MULTIPART_LIMIT).orElseThrow(
                () -> new ClientErrorException("The upload is larger than " + MULTIPART_LIMIT / (1024 * 1024) + " MB", 413));
        request.setEntityStream(new ByteArrayInputStream(body));
        return MultipartForm.parse(request.getHeaderString("Content-Type"), body).map(f -> f.text(CsrfTokens.FIELD)).orElse(null);
    }

    /** Reads the {@code _csrf} field and puts the body back for the resource. */
    private static String formField(ContainerRequestContext request) throws IOException {
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && CsrfTokens.FIELD.equals(Credentials.decode(pair.substring(0, eq)))) {
                return Credentials.decode(pair.substring(eq + 1));
            }
        }
        return null;
    }
}
