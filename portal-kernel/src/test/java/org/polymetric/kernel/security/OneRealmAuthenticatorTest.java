package org.polymetric.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.CredentialsException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.realm.Realm;
import org.junit.jupiter.api.Test;

class OneRealmAuthenticatorTest {

    private static Realm failing(RuntimeException e, Class<?> takes) {
        return new Realm() {
            @Override
            public String getName() {
                return "failing";
            }

            @Override
            public boolean supports(AuthenticationToken token) {
                return takes.isInstance(token);
            }

            @Override
            public AuthenticationInfo getAuthenticationInfo(AuthenticationToken token) {
                throw e;
            }
        };
    }

    private static AuthenticationException attempt(RuntimeException thrown) {
        OneRealmAuthenticator authenticator = new OneRealmAuthenticator();
        authenticator.setRealms(List.of(failing(new IllegalStateException("not asked"), ApiKeyToken.class),
                failing(thrown, UsernamePasswordToken.class)));
        return assertThrows(AuthenticationException.class, () -> authenticator.authenticate(new UsernamePasswordToken("a@b.example", "pw")));
    }

    @Test
    void aWrongCredentialStaysAWrongCredential() {
        assertInstanceOf(IncorrectCredentialsException.class, attempt(new IncorrectCredentialsException("wrong")));
    }

    @Test
    void aFailedCheckIsNotMistakenForAWrongCredential() {
        AuthenticationException e = attempt(new IllegalStateException("database down"));
        assertFalse(e instanceof CredentialsException, "a broken check must not read as a wrong password");
        assertInstanceOf(IllegalStateException.class, e.getCause());
    }

    @Test
    void aDatabaseThatCannotServeIsAFailedCheckThatShiroDoesNotLogAsUnexpected() {
        java.sql.SQLException refused = new java.sql.SQLNonTransientConnectionException("Connection refused", "08000");
        AuthenticationException e = attempt(new jakarta.persistence.PersistenceException(refused));
        assertFalse(e instanceof CredentialsException, "a database that is away must not read as a wrong password");
        assertInstanceOf(jakarta.persistence.PersistenceException.class, e.getCause());
        // Shiro wraps anything else as a "Possible unexpected error" and logs it with its trace, per request
        assertEquals("the database cannot check credentials right now", e.getMessage());
    }

    @Test
    void aTokenNeverShowsItsSecret() {
        assertFalse(new ApiKeyToken("pm_secret").toString().contains("pm_secret"));
    }
}
