package org.polymetric.portal.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AccountException;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.CredentialsException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;
import org.polymetric.kernel.identity.IdentityDirectory;
import org.polymetric.kernel.identity.User;
import org.polymetric.kernel.security.ClientAddress;
import org.polymetric.kernel.security.LoginThrottle;
import org.polymetric.kernel.security.PortalPrincipal;
import org.polymetric.portal.account.PasswordPage;
import org.polymetric.portal.account.SessionCredentials;

/**
 * Decides a sign-in: throttle first, then the password, then a fresh session id (Shiro keeps the
 * old one, which would allow session fixation), what the session remembers of the password (see
 * {@link SessionCredentials}) and the page to return to.
 */
@ApplicationScoped
public class SignIn {
    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    public enum Result { SIGNED_IN, REJECTED, THROTTLED, UNAVAILABLE }

    /** @param retryAfter for {@code THROTTLED}, the seconds before this address may try again */
    public record Outcome(Result result, String next, long retryAfter) {
        Outcome(Result result, String next) {
            this(result, next, 0);
        }
    }

    @Inject
    LoginThrottle throttle;

    @Inject
    IdentityDirectory identities;

    public boolean isSignedIn() {
        return SecurityUtils.getSubject().getPrincipal() != null;
    }

    public Outcome attempt(HttpServletRequest request, String email, String password) {
        String account = email == null ? "" : email.trim();
        String address = ClientAddress.of(request);
        OptionalLong wait = throttle.retryAfter(account, address);
        if (wait.isPresent()) {
            return new Outcome(Result.THROTTLED, null, wait.getAsLong());
        }
        Subject subject = SecurityUtils.getSubject();
        try {
            subject.login(new UsernamePasswordToken(account, password == null ? "" : password));
        } catch (CredentialsException | AccountException e) {
            throttle.recordFailure(account, address);
            return new Outcome(Result.REJECTED, null);
        } catch (AuthenticationException e) {
            // the check itself failed (database down): not the person's mistake, and no failure to count
            LOG.log(Level.SEVERE, "sign-in could not be checked", e);
            return new Outcome(Result.UNAVAILABLE, null);
        }
        throttle.recordSuccess(account, address);
        request.changeSessionId();
        long userId = ((PortalPrincipal) subject.getPrincipal()).userId();
        identities.recordLogin(userId, Instant.now());
        User user = identities.user(userId).orElseThrow();
        SessionCredentials.remember(request.getSession(), user);
        SavedRequest saved = WebUtils.getAndClearSavedRequest(request);
        String next = saved != null && "GET".equalsIgnoreCase(saved.getMethod()) ? saved.getRequestUrl() : "/";
        if (user.isMustChangePassword()) {
            next = PasswordPage.PATH;
        }
        return new Outcome(Result.SIGNED_IN, next.startsWith("/") && !next.startsWith("//") ? next : "/");
    }
}
