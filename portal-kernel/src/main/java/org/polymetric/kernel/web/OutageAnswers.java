package org.polymetric.kernel.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.Readiness;
import org.polymetric.kernel.storage.DatabaseOutage;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The answer while the database cannot serve: 503 with {@code Retry-After}, on an API path in
 * the dialect's shape of the path's module ({@link DialectErrors}), elsewhere the theme's error
 * page. The page is rendered without the user's navigation: building it asks the database for
 * permissions.
 */
@ApplicationScoped
public class OutageAnswers {
    @Inject
    DialectErrors dialects;

    @Inject
    PageRenderer renderer;

    @Inject
    @Readiness
    DatabaseReadiness readiness;

    /** For JAX-RS: exception mappers. The next requests ask the readiness check first ({@link DatabaseReadiness#suspect()}). */
    public Response reply(UriInfo uri) {
        readiness.suspect();
        return reply(uri, DatabaseOutage.MESSAGE);
    }

    /** The same answer saying {@code message} (the server is stopping, say). */
    public Response reply(UriInfo uri, String message) {
        return Response.fromResponse(dialects.reply(uri, 503, message))
                .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
    }

    /**
     * For a module's exception mapper whose failure says the module's own store could not serve a
     * read (its tables gone for a moment, the database away): logged as every outage is (one line,
     * at most every 10 s, {@link DatabaseOutage#log}) and answered as {@link #reply(UriInfo)}, so
     * that every dialect says it with the same status, {@code Retry-After} and words.
     */
    public Response reply(UriInfo uri, Logger log, Throwable failure) {
        DatabaseOutage.log(log, uri == null ? "?" : uri.getPath(), failure);
        return reply(uri);
    }

    /** For servlet filters, whose failures never reach JAX-RS: writes the answer to {@code response} (not committed yet). */
    public void write(ServletContext servletContext, HttpServletRequest request, HttpServletResponse response) throws IOException {
        readiness.suspect();
        write(servletContext, request, response, DatabaseOutage.MESSAGE);
    }

    /** The same answer saying {@code message}: the server, not the request, is the problem, and a retry soon will do. */
    public void write(ServletContext servletContext, HttpServletRequest request, HttpServletResponse response, String message)
            throws IOException {
        response.setStatus(503);
        response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        String path = AppPath.of(request);
        Optional<String> json = dialects.json(path, message);
        if (json.isPresent()) {
            byte[] body = json.get().getBytes(StandardCharsets.UTF_8);
            response.setContentType("application/json;charset=UTF-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, response), Locale.ENGLISH);
        context.setVariable("status", 503);
        context.setVariable("message", message);
        context.setVariable("layout", new Layout(null, List.of(), null, renderer.theme(), PortalVersion.get(), null));
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        renderer.render("error", context, out);
        out.flush();
    }
}
