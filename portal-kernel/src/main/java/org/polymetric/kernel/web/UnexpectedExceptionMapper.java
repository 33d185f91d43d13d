package org.polymetric.kernel.web;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.logging.Logger;
import org.polymetric.kernel.drain.Drain;
import org.polymetric.kernel.drain.DrainFilter;
import org.polymetric.kernel.storage.DatabaseOutage;

/**
 * Anything unforeseen: a body that is not JSON is the caller's fault (400); a database that cannot
 * serve is 503 with {@code Retry-After} ({@link DatabaseOutage}, {@link OutageAnswers}), for every
 * module and page alike; the rest is logged with an incident id and answered 500 without a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    DialectErrors dialects;

    @Inject
    OutageAnswers outages;

    @Inject
    Drain drain;

    @Override
    public Response toResponse(Throwable e) {
        if (RequestSizeLimit.exceeded(servletRequest)) {
            // the body ran past the portal's limit while JAX-RS or a filter read it
            return TooLargeRequests.answer(dialects, uri);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException || ParserLimits.reached(t)) {
                return dialects.reply(uri, 400, "The request body is not valid JSON for this endpoint");
            }
            if (t instanceof UnsupportedCharsetException || t instanceof IllegalCharsetNameException) {
                // a body declared in a charset the JVM does not know (Content-Type: ...; charset=ebcdic) cannot be read
                return dialects.reply(uri, 415, "The request's charset is not supported");
            }
        }
        if (DatabaseOutage.causes(e)) {
            // the database is away, full or overrun: the client may retry, and nothing was stored
            DatabaseOutage.log(LOG, uri == null ? "?" : uri.getPath(), e);
            return outages.reply(uri);
        }
        if (drain.draining()) {
            // a request taken before the stop that met the server going away under it (a queue
            // closed, the persistence unit closing): its client should try again, on this
            // server once restarted or on another one
            LOG.info("stopping: " + (uri == null ? "?" : uri.getPath()) + " answered 503: " + e);
            return outages.reply(uri, DrainFilter.MESSAGE);
        }
        return dialects.reply(uri, 500, ErrorReplies.incident(LOG, uri == null ? "?" : uri.getPath(), e));
    }
}
