package org.polymetric.kernel.security;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.pam.ModularRealmAuthenticator;
import org.apache.shiro.authc.pam.UnsupportedTokenException;
import org.apache.shiro.realm.Realm;
import org.polymetric.kernel.storage.DatabaseOutage;

/**
 * Each kind of credential has exactly one realm (passwords, API tokens), so a sign-in asks that
 * realm alone and its answer stands. Shiro's multi-realm path would replace a realm's exception
 * by a generic one, and a wrong password could no longer be told from a database that is down.
 */
public class OneRealmAuthenticator extends ModularRealmAuthenticator {
    @Override
    protected AuthenticationInfo doAuthenticate(AuthenticationToken token) throws AuthenticationException {
        assertRealmsConfigured();
        Realm realm = getRealms().stream().filter(r -> r.supports(token)).findFirst()
                .orElseThrow(() -> new UnsupportedTokenException("no realm takes " + token.getClass().getSimpleName()));
        try {
            return doSingleRealmAuthentication(realm, token);
        } catch (RuntimeException e) {
            if (e instanceof AuthenticationException || !DatabaseOutage.causes(e)) {
                throw e;
            }
            // the check could not run: an AuthenticationException that is no credentials' fault, which
            // the filters answer 503; otherwise Shiro logs a trace per request while the database is away
            throw new AuthenticationException("the database cannot check credentials right now", e);
        }
    }
}
