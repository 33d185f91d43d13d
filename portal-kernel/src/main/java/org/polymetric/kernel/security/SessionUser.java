package org.polymetric.kernel.security;

import org.apache.shiro.subject.Subject;
import org.polymetric.kernel.Beans;
import org.polymetric.kernel.identity.IdentityDirectory;

/**
 * The check that a browser session still belongs to a live account, made on every request that
 * rides a session: disabling (or deleting) a user ends their sessions on the next request, on
 * every instance of a cluster, because the answer comes from the database (one read by primary
 * key, shared through {@link RequestMemo} with the request's permission checks). Token and Basic
 * calls are checked by their realms when they sign in, which they do on every call.
 */
final class SessionUser {
    private SessionUser() {
    }

    /**
     * False when the subject is signed in through a session whose user is now disabled or gone;
     * the session is then ended. True for live users and for anonymous subjects.
     */
    static boolean stillValid(Subject subject) {
        if (!(subject.getPrincipal() instanceof PortalPrincipal p) || p.viaToken()) {
            return true;
        }
        boolean live = RequestMemo.userOf(p.userId(), Beans.get(IdentityDirectory.class)).filter(u -> !u.isDisabled()).isPresent();
        if (!live) {
            subject.logout();
        }
        return live;
    }
}
