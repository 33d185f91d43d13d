package org.polymetric.kernel.security;

import org.apache.shiro.util.AntPathMatcher;
import org.apache.shiro.util.PatternMatcher;

/**
 * Matches the portal's URL rules, which are all an exact path or {@code <prefix>/**}, with string
 * comparisons. Shiro's {@link AntPathMatcher} splits the pattern and the path into new arrays on
 * every test, and the resolver tests each rule twice until one matches: for an SDK request that
 * was about a sixth of all the memory it allocated. Any other pattern goes to Ant, so a rule added
 * later still means what Shiro documents. Never looser than Ant: an exact rule or a prefix
 * followed by {@code /} only matches paths Ant matches too.
 */
final class PrefixPathMatcher implements PatternMatcher {
    private static final String ANY_BELOW = "/**";
    private final AntPathMatcher ant = new AntPathMatcher();

    @Override
    public boolean matches(String pattern, String path) {
        if (pattern.endsWith(ANY_BELOW)) {
            int prefix = pattern.length() - ANY_BELOW.length();
            if (isLiteral(pattern, prefix)) {
                // "/api/**" takes "/api" and "/api/…", not "/apis"; "/**" takes every path but ""
                return path.regionMatches(0, pattern, 0, prefix)
                        && (path.length() == prefix ? prefix > 0 : path.charAt(prefix) == '/');
            }
        } else if (isLiteral(pattern, pattern.length())) {
            return pattern.equals(path);
        }
        return ant.matches(pattern, path);
    }

    /** Whether the pattern's first {@code length} characters hold none of Ant's wildcards. */
    private static boolean isLiteral(String pattern, int length) {
        for (int i = 0; i < length; i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?' || c == '{') {
                return false;
            }
        }
        return true;
    }
}
