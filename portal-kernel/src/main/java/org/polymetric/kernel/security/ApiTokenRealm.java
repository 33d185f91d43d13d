package org.polymetric.kernel.security;

import java.time.Duration;
import java.time.Instant;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.polymetric.kernel.Beans;
import org.polymetric.kernel.identity.ApiToken;
import org.polymetric.kernel.identity.IdentityDirectory;
import org.polymetric.kernel.identity.TokenSecret;
import org.polymetric.kernel.identity.TokenUsage;
import org.polymetric.kernel.identity.User;

/** Signs API callers in by token: the presented secret's SHA-256 must name a live token of a live user. */
public class ApiTokenRealm extends PortalRealm {
    /** last_used_at is refreshed at most this often, so that reads do not turn into writes. */
    private static final Duration USAGE_RESOLUTION = Duration.ofMinutes(1);

    public ApiTokenRealm() {
        setName("token");
        // the lookup by hash is the check
        setCredentialsMatcher(new AllowAllCredentialsMatcher());
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof ApiKeyToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        String secret = ((ApiKeyToken) token).secret();
        IdentityDirectory.TokenOwner found = identities().tokenWithOwner(TokenSecret.hashOf(secret))
                .filter(t -> t.token().getRevokedAt() == null)
                .orElseThrow(() -> new IncorrectCredentialsException("unknown or revoked token"));
        ApiToken apiToken = found.token();
        User user = found.owner();
        if (user.isDisabled()) {
            throw new IncorrectCredentialsException("the token's owner is disabled");
        }
        RequestMemo.current().ifPresent(m -> {
            m.know(user, found.grants());
            m.knowVersion(apiToken.getOrganizationId(), found.tenancyVersion());
        });
        Instant now = Instant.now();
        if (apiToken.getLastUsedAt() == null || apiToken.getLastUsedAt().isBefore(now.minus(USAGE_RESOLUTION))) {
            Beans.get(TokenUsage.class).touch(apiToken.getId(), now);
        }
        PortalPrincipal principal = new PortalPrincipal(user.getId(), user.getEmail(), apiToken.getId(), apiToken.scope(),
                apiToken.getOrganizationId());
        return new SimpleAuthenticationInfo(principal, secret, getName());
    }
}
