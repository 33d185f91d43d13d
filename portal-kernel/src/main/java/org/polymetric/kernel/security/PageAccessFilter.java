package org.polymetric.kernel.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.apache.shiro.web.filter.authc.UserFilter;

/**
 * Portal pages need a signed-in user whose account is still live ({@link SessionUser}); others are
 * sent to {@code /login} and brought back after.
 */
public class PageAccessFilter extends UserFilter {
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
}
