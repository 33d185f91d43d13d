package org.polymetric.kernel.security;

import org.polymetric.kernel.Beans;
import org.polymetric.kernel.module.PortalModule;
import org.polymetric.kernel.storage.DatabaseOutage;
import org.polymetric.kernel.web.AppPath;
import org.polymetric.kernel.web.DialectErrors;
import org.polymetric.kernel.web.ErrorReplies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.shiro.authc.AccountException;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.CredentialsException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.subject.support.DefaultSubjectContext;
import org.apache.shiro.web.servlet.OncePerRequestFilter;
import org.apache.shiro.web.subject.WebSubject;

/**
 * Authenticates {@code /api/**} calls that bring credentials (see {@link Credentials}). Such a call
 * runs as its own stateless subject; calls without credentials go on as the session's user or as
 * anonymous, and the resource decides (SDK ingest needs no sign-in). Bad credentials answer 401,
 * a throttled Basic account or a token over its rate limit 429, all as {@code {"error": "..."}}.
 * A call that rides the session of a user who has since been disabled answers 401 and ends it.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {
    private static final Logger LOG = Logger.getLogger(ApiAuthenticationFilter.class.getName());

    /** Request attribute naming how an API call authenticated: {@code token} or {@code basic}. */
    public static final String AUTHENTICATED_BY = "polymetric.authenticatedBy";

    /**
     * Request attribute holding the {@link Refused} answer of a call whose module answers refused
     * credentials itself (see {@link PortalModule#answersRefusedCredentials}).
     */
    public static final String REFUSED = "polymetric.credentialsRefused";

    /** What the kernel would have answered a call with refused credentials. */
    public record Refused(int status, String message) {
    }

    @Override
    protected void doFilterInternal(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        Optional<Credentials> credentials = Credentials.of(request);
        if (credentials.isEmpty() || "OPTIONS".equals(request.getMethod())) {
            if (!SessionUser.stillValid(org.apache.shiro.SecurityUtils.getSubject())) {
                error(request, response, 401, "The session has ended: the account is disabled");
                return;
            }
            chain.doFilter(req, resp);
            return;
        }
        AuthenticationToken token;
        String by;
        Credentials presented = credentials.get();
        if (presented instanceof Credentials.Malformed m) {
            refuse(request, response, chain, 401, m.why());
            return;
        }
        if (presented instanceof Credentials.Basic b) {
            OptionalLong wait = Beans.get(LoginThrottle.class).retryAfter(b.email(), ClientAddress.of(request));
            if (wait.isPresent()) {
                response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
                refuse(request, response, chain, 429, "Too many failed sign-ins; try again in " + wait.getAsLong() + " s");
                return;
            }
            token = new UsernamePasswordToken(b.email(), b.password());
            by = "basic";
        } else {
            token = new ApiKeyToken(((Credentials.Token) presented).secret());
            by = "token";
        }
        HttpServletRequest stateless = new SessionlessRequest(request);
        // read by Shiro when login() builds the authenticated subject: never store it in a session
        stateless.setAttribute(DefaultSubjectContext.SESSION_CREATION_ENABLED, Boolean.FALSE);
        WebSubject.Builder builder = new WebSubject.Builder(stateless, response);
        builder.sessionCreationEnabled(false);
        Subject subject = builder.buildWebSubject();
        try {
            subject.login(token);
        } catch (AuthenticationException e) {
            if (!(e instanceof CredentialsException || e instanceof AccountException)) {
                // not a wrong credential: the check itself failed (database down, a bug); saying
                // "unknown token" would send clients off to replace a good one
                if (DatabaseOutage.causes(e)) {
                    DatabaseOutage.log(LOG, "a credentials check", e);
                } else {
                    LOG.log(Level.SEVERE, "credentials could not be checked", e);
                }
                response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
                refuse(request, response, chain, 503, "Credentials cannot be checked right now; try again shortly");
                return;
            }
            if (token instanceof UsernamePasswordToken upt) {
                Beans.get(LoginThrottle.class).recordFailure(upt.getUsername(), ClientAddress.of(request));
                response.setHeader("WWW-Authenticate", "Basic realm=\"Polymetric\"");
                refuse(request, response, chain, 401, "Wrong e-mail address or password");
            } else {
                refuse(request, response, chain, 401, "Unknown or revoked API token");
            }
            return;
        }
        if (subject.getPrincipal() instanceof PortalPrincipal p && p.viaToken()) {
            OptionalLong wait = Beans.get(ApiRateLimit.class).retryAfter(p.tokenId());
            if (wait.isPresent()) {
                response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
                refuse(request, response, chain, 429, "Rate limit exceeded for this token; retry after " + wait.getAsLong() + " s");
                return;
            }
        }
        stateless.setAttribute(AUTHENTICATED_BY, by);
        try {
            subject.execute(() -> {
                chain.doFilter(stateless, response);
                return null;
            });
        } catch (org.apache.shiro.subject.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof ServletException se) {
                throw se;
            }
            throw new ServletException(cause);
        }
    }

    /**
     * Answers refused credentials in the path's dialect shape ({@link DialectErrors}), or hands the call on unauthenticated
     * when its module answers them in its own shape.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, FilterChain chain, int status,
                               String message) throws IOException, ServletException {
        String path = AppPath.of(request);
        Optional<PortalModule> owner = Beans.get(DialectErrors.class).owner(path);
        if (owner.isPresent()) {
            // the path below /api/<id>, e.g. /o/analytics/dashboard
            String below = path.substring("/api/".length() + owner.get().id().length());
            if (owner.get().answersRefusedCredentials(below)) {
                request.setAttribute(REFUSED, new Refused(status, message));
                chain.doFilter(request, response);
                return;
            }
        }
        error(request, response, status, message);
    }

    /** The kernel's refusal of an API call, in the shape of the dialect that owns its path. */
    static void error(HttpServletRequest request, HttpServletResponse response, int status, String message) throws IOException {
        String path = AppPath.of(request);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(Beans.get(DialectErrors.class).json(path, message).orElseGet(() -> ErrorReplies.errorJson(message)));
    }
}
