package org.polymetric.kernel.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Gives JAX-RS's own errors (404, 405, 401, 403, 415, ...) the portal's JSON or themed shape. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Context
    UriInfo uri;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    DialectErrors dialects;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (RequestSizeLimit.exceeded(servletRequest)) {
            // the body ran past the portal's limit while JAX-RS or a filter read it
            return TooLargeRequests.answer(dialects, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        Response.ResponseBuilder reply = Response.fromResponse(dialects.reply(uri, status, message(e, status)));
        for (String header : new String[]{"WWW-Authenticate", "Allow", "Retry-After"}) {
            String value = original.getHeaderString(header);
            if (value != null) {
                reply.header(header, value);
            }
        }
        return reply.build();
    }

    private static String message(WebApplicationException e, int status) {
        String m = e.getMessage();
        // JAX-RS fills in "HTTP 404 Not Found" when the thrower gave no message
        if (m == null || m.startsWith("HTTP " + status)) {
            Response.Status known = Response.Status.fromStatusCode(status);
            return known == null ? "Error " + status : known.getReasonPhrase();
        }
        return m;
    }
}
