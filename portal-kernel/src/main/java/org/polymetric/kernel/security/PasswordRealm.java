package org.polymetric.kernel.security;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.polymetric.kernel.identity.PasswordHasher;
import org.polymetric.kernel.identity.User;

/**
 * Signs users in with e-mail and password (the login form and HTTP Basic). The hash check runs
 * even for unknown accounts so that timing does not tell which e-mail addresses exist.
 */
public class PasswordRealm extends PortalRealm {

    public PasswordRealm() {
        setName("password");
        // the check happens below, against the argon2id hash, with the decoy for unknown users
        setCredentialsMatcher(new AllowAllCredentialsMatcher());
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        UsernamePasswordToken upt = (UsernamePasswordToken) token;
        String email = upt.getUsername() == null ? "" : upt.getUsername();
        String password = upt.getPassword() == null ? "" : new String(upt.getPassword());
        User user = identities().userByEmail(email).filter(u -> !u.isDisabled()).orElse(null);
        if (!PasswordHasher.matches(password, user == null ? null : user.getPasswordHash())) {
            throw new IncorrectCredentialsException("wrong e-mail address or password");
        }
        return new SimpleAuthenticationInfo(PortalPrincipal.user(user.getId(), user.getEmail()), token.getCredentials(), getName());
    }
}
