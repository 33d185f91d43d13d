package org.polymetric.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.shiro.util.AntPathMatcher;
import org.junit.jupiter.api.Test;

class PrefixPathMatcherTest {
    private static final List<String> RULES = List.of("/static/**", "/favicon.ico", "/login", "/invite/**", "/health/**",
            "/health", "/openapi/**", "/openapi", "/api/**", "/**");
    private static final List<String> PATHS = List.of("/", "/login", "/login.html", "/loginx", "/static", "/static/app.css",
            "/static/a/b/c.js", "/staticx/app.css", "/health", "/health/ready", "/healthz", "/api", "/api/events/i",
            "/api/events/i/bulk", "/apix", "/apiary/x", "/favicon.ico", "/favicon.icon", "/invite/abc", "/invites",
            "/openapi", "/openapi/openapi.json", "/events/42/dashboard", "/i", "/o/analytics/dashboard");
    private final PrefixPathMatcher matcher = new PrefixPathMatcher();
    private final AntPathMatcher ant = new AntPathMatcher();

    @Test
    void theRulesMatchWhatAntMatchesOnEveryPath() {
        for (String rule : RULES) {
            for (String path : PATHS) {
                assertEquals(ant.matches(rule, path), matcher.matches(rule, path), rule + " on " + path);
            }
        }
    }

    @Test
    void aPrefixRuleTakesThePrefixItselfAndWhatIsBelowItButNotALongerName() {
        assertTrue(matcher.matches("/api/**", "/api"));
        assertTrue(matcher.matches("/api/**", "/api/events/o"));
        assertFalse(matcher.matches("/api/**", "/apis/events"));
        assertFalse(matcher.matches("/api/**", "/"));
        assertTrue(matcher.matches("/**", "/anything/at/all"));
    }

    @Test
    void isNeverLooserThanAntOnOddPaths() {
        for (String rule : RULES) {
            for (String path : List.of("//login", "/static//x", "/api/../login", "api/x", "", "/API/x", "/login;x")) {
                if (matcher.matches(rule, path)) {
                    assertTrue(ant.matches(rule, path), rule + " on " + path);
                }
            }
        }
    }

    @Test
    void patternsWithWildcardsInsideGoToAnt() {
        for (String rule : List.of("/events/*/dashboard", "/a/**/b", "/x?z", "/static/*.css")) {
            for (String path : List.of("/events/42/dashboard", "/events/42/x", "/a/q/r/b", "/xyz", "/static/a.css", "/static/a/b.css")) {
                assertEquals(ant.matches(rule, path), matcher.matches(rule, path), rule + " on " + path);
            }
        }
    }
}
