package org.polymetric.kernel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Every web session is made here, whoever asks for it (the login form for its CSRF token, Shiro
 * for the page to return to): it starts anonymous, with {@link AnonymousSessions}' short timeout
 * and caps, counted against the caller's address. Mapped before Shiro, which makes its sessions
 * through the request it is given.
 */
public class SessionAdmission extends HttpFilter {
    private AnonymousSessions sessions;

    @Override
    public void init() {
        sessions = SessionLimits.of(getServletContext());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Admitting admitting = new Admitting(request, sessions);
        try {
            chain.doFilter(admitting, response);
        } finally {
            admitting.answered();
        }
    }

    private static final class Admitting extends HttpServletRequestWrapper {
        private final AnonymousSessions sessions;
        /** The session this request made, spared by the caps until the request is answered. */
        private AnonymousSessions.FirstRequest made;

        Admitting(HttpServletRequest request, AnonymousSessions sessions) {
            super(request);
            this.sessions = sessions;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession existing = super.getSession(false);
            if (existing != null || !create) {
                return existing;
            }
            HttpSession session = super.getSession(true);
            made = sessions.admit(session, ClientAddress.of((HttpServletRequest) getRequest()));
            return session;
        }

        void answered() {
            if (made != null) {
                made.done();
            }
        }
    }
}
