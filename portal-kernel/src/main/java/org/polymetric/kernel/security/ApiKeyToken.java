package org.polymetric.kernel.security;

import org.apache.shiro.authc.AuthenticationToken;

/** An API token as presented in any dialect's header; the secret is both principal and credential. */
public record ApiKeyToken(String secret) implements AuthenticationToken {
    @Override
    public Object getPrincipal() {
        return secret;
    }

    @Override
    public Object getCredentials() {
        return secret;
    }

    /** Never the secret: Shiro names a token in its log when a sign-in fails unexpectedly. */
    @Override
    public String toString() {
        return "ApiKeyToken[secret hidden]";
    }
}
