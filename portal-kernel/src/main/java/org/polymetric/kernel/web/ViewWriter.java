package org.polymetric.kernel.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.CsrfTokens;
import org.polymetric.kernel.storage.DatabaseOutage;
import org.polymetric.kernel.storage.LaggingReads;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** Writes a {@link View} as HTML: the page's model plus the {@link Layout} every theme reads. */
@Provider
@Produces(MediaType.TEXT_HTML)
public class ViewWriter implements MessageBodyWriter<View> {
    @Inject
    PageRenderer renderer;

    @Inject
    Navigation navigation;

    @Inject
    AccessGuard guard;

    @Inject
    LaggingReads lagging;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Context
    ServletContext servletContext;

    /**
     * The user's navigation, or none while the database cannot serve: the theme's 503 page must still
     * render, and the links depend on permissions read from the database.
     */
    private List<NavigationItem> navigation(String path) {
        try {
            return navigation.forCurrentUser(path);
        } catch (RuntimeException e) {
            if (DatabaseOutage.causes(e)) {
                return List.of();
            }
            throw e;
        }
    }

    /** Seconds the page's data may be old, when it came from a replica far enough behind to say so. */
    private Long dataAge() {
        return lagging.staleness().stream().filter(s -> s >= LaggingReads.NOTE_SECONDS).boxed().findFirst().orElse(null);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return View.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(View view, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream entityStream) {
        headers.putSingle("Content-Type", "text/html;charset=UTF-8");
        headers.putSingle("Cache-Control", "no-store");
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, response), Locale.ENGLISH);
        context.setVariables(view.model());
        HttpSession session = request.getSession(false);
        String path = AppPath.of(request);
        context.setVariable("layout", new Layout(
                guard.current().map(p -> p.email()).orElse(null),
                navigation(path.isEmpty() ? "/" : path),
                session == null ? null : CsrfTokens.of(session),
                renderer.theme(),
                PortalVersion.get(),
                dataAge()));
        Writer out = new OutputStreamWriter(entityStream, StandardCharsets.UTF_8);
        renderer.render(view.template(), context, out);
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
