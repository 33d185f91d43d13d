package org.polymetric.kernel.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.shiro.web.filter.authc.UserFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * Portal pages need a signed-in user whose account is still live ({@link SessionUser}); others are
 * sent to {@code /login} and brought back after.
 */
public class PageAccessFilter extends UserFilter {
    /** The longest path and query kept to return to after sign-in; a longer one leads home. */
    public static final int SAVED_PATH_LIMIT = 512;

    public PageAccessFilter() {
        setLoginUrl("/login");
    }

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        return isLoginRequest(request, response)
                || getSubject(request, response).getPrincipal() != null && SessionUser.stillValid(getSubject(request, response));
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        saveRequestAndRedirectToLogin(request, response);
        return false;
    }

    /**
     * Keeps the page to return to (Shiro saves method, path and query in the session) only for a
     * GET of a local path of reasonable length: an anonymous caller decides what this request
     * holds, and the session it lands in outlives the request.
     */
    @Override
    protected void saveRequest(ServletRequest request) {
        if (worthReturningTo(WebUtils.toHttp(request))) {
            super.saveRequest(request);
        }
    }

    static boolean worthReturningTo(HttpServletRequest request) {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        int length = path.length() + (query == null ? 0 : 1 + query.length());
        return "GET".equalsIgnoreCase(request.getMethod()) && length <= SAVED_PATH_LIMIT
                && path.startsWith("/") && !path.startsWith("//");
    }
}
