package org.polymetric.kernel.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A request that reached us over HTTPS (perhaps only as far as a trusted proxy, so the container
 * thinks it is plain HTTP): when it creates a session or changes its id, the session cookie the
 * container has just put on the response is marked {@code Secure}. web.xml's cookie settings are
 * the same for every request, so the decision is made here, per request, the moment the cookie is
 * set and before anything is written.
 */
final class SecureSessionCookie extends HttpServletRequestWrapper {
    private final HttpServletResponse response;

    SecureSessionCookie(HttpServletRequest request, HttpServletResponse response) {
        super(request);
        this.response = response;
    }

    @Override
    public HttpSession getSession(boolean create) {
        HttpSession session = super.getSession(create);
        if (session != null && session.isNew()) {
            markSecure();
        }
        return session;
    }

    @Override
    public HttpSession getSession() {
        return getSession(true);
    }

    @Override
    public String changeSessionId() {
        String id = super.changeSessionId();
        markSecure();
        return id;
    }

    private void markSecure() {
        if (response.isCommitted()) {
            return;
        }
        String prefix = getServletContext().getSessionCookieConfig().getName();
        prefix = (prefix == null ? "JSESSIONID" : prefix) + "=";
        List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
        boolean changed = false;
        for (int i = 0; i < cookies.size(); i++) {
            String c = cookies.get(i);
            if (c.startsWith(prefix) && !isSecure(c)) {
                cookies.set(i, c + "; Secure");
                changed = true;
            }
        }
        if (!changed) {
            return;
        }
        response.setHeader("Set-Cookie", cookies.get(0));
        for (String c : cookies.subList(1, cookies.size())) {
            response.addHeader("Set-Cookie", c);
        }
    }

    private static boolean isSecure(String cookie) {
        for (String attribute : cookie.split(";")) {
            if (attribute.trim().toLowerCase(Locale.ROOT).equals("secure")) {
                return true;
            }
        }
        return false;
    }
}
