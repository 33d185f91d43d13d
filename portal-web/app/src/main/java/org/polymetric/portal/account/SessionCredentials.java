package org.polymetric.portal.account;

import jakarta.servlet.http.HttpSession;
import org.polymetric.kernel.identity.TokenSecret;
import org.polymetric.kernel.identity.User;

/**
 * What a browser session remembers of the password it was opened with: a fingerprint of the
 * stored hash (a new password has a new salt, so any change alters it), and whether the password
 * must be changed before anything else. A session whose fingerprint no longer matches was opened
 * with a password that has since been changed, and ends ({@link StaleSessionEnd}).
 */
public final class SessionCredentials {
    static final String FINGERPRINT = "polymetric.credentials";
    static final String MUST_CHANGE = "polymetric.mustChangePassword";

    private SessionCredentials() {
    }

    /** Called when a session signs in, and when its own user changes the password. */
    public static void remember(HttpSession session, User user) {
        session.setAttribute(FINGERPRINT, fingerprint(user));
        if (user.isMustChangePassword()) {
            session.setAttribute(MUST_CHANGE, Boolean.TRUE);
        } else {
            session.removeAttribute(MUST_CHANGE);
        }
    }

    static boolean mustChange(HttpSession session) {
        return session != null && session.getAttribute(MUST_CHANGE) != null;
    }

    /**
     * True when the session signed in with another password than the user's current one, or
     * remembers none (opened before this rule, or by a path that forgot {@link #remember}): the
     * check fails closed, since such a session cannot show it is current.
     */
    static boolean isStale(HttpSession session, User user) {
        Object remembered = session.getAttribute(FINGERPRINT);
        return remembered == null || !remembered.equals(fingerprint(user));
    }

    private static String fingerprint(User user) {
        return TokenSecret.hashOf(String.valueOf(user.getPasswordHash()));
    }
}
