package org.polymetric.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {

    /** A session whose attributes live in a HashMap. */
    private static HttpSession session() {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpSession) Proxy.newProxyInstance(CsrfTokensTest.class.getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> {
                        attributes.put((String) args[0], args[1]);
                        yield null;
                    }
                    case "removeAttribute" -> {
                        attributes.remove((String) args[0]);
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "fake session " + attributes;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void sameSessionGivesTheSameToken() {
        HttpSession s = session();
        assertEquals(CsrfTokens.of(s), CsrfTokens.of(s));
    }

    @Test
    void tokenIsUrlSafeAndCarries256Bits() {
        String token = CsrfTokens.of(session());
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
    }

    @Test
    void differentSessionsGetDifferentTokens() {
        assertNotEquals(CsrfTokens.of(session()), CsrfTokens.of(session()));
    }

    @Test
    void theSessionsOwnTokenMatches() {
        HttpSession s = session();
        assertTrue(CsrfTokens.matches(s, CsrfTokens.of(s)));
    }

    @Test
    void onlyTheExactTokenMatches() {
        HttpSession s = session();
        String token = CsrfTokens.of(s);
        assertFalse(CsrfTokens.matches(s, token + "x"));
        assertFalse(CsrfTokens.matches(s, token.substring(1)));
        char last = token.charAt(token.length() - 1);
        assertFalse(CsrfTokens.matches(s, token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A')));
        assertFalse(CsrfTokens.matches(s, ""));
        assertFalse(CsrfTokens.matches(s, CsrfTokens.of(session())), "another session's token");
    }

    @Test
    void noSessionOrNoTokenNeverMatches() {
        HttpSession s = session();
        String token = CsrfTokens.of(s);
        assertFalse(CsrfTokens.matches(null, token));
        assertFalse(CsrfTokens.matches(s, null));
    }

    @Test
    void sessionThatNeverIssuedATokenMatchesNothing() {
        HttpSession fresh = session();
        assertFalse(CsrfTokens.matches(fresh, ""));
        assertFalse(CsrfTokens.matches(fresh, "anything"));
    }
}
