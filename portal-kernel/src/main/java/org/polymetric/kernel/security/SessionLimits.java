package org.polymetric.kernel.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import org.apache.shiro.subject.support.DefaultSubjectContext;

/**
 * Keeps the application's {@link AnonymousSessions} up to date with the container: a session
 * leaves it when Shiro stores a principal in it (a sign-in) or when it ends. Registered in
 * {@code web.xml}; {@link SessionAdmission} admits the sessions.
 */
public class SessionLimits implements ServletContextListener, HttpSessionListener, HttpSessionAttributeListener,
        HttpSessionIdListener {
    private static final String ATTRIBUTE = AnonymousSessions.class.getName();

    /** This application's anonymous sessions. */
    static AnonymousSessions of(ServletContext context) {
        return (AnonymousSessions) context.getAttribute(ATTRIBUTE);
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        // web.xml's <session-timeout> (minutes) stays the signed-in sessions' timeout
        int minutes = context.getSessionTimeout();
        int signedIn = minutes > 0 ? minutes * 60 : -1;
        context.setAttribute(ATTRIBUTE, new AnonymousSessions(AnonymousSessions.PER_ADDRESS, AnonymousSessions.OVERALL, signedIn));
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        AnonymousSessions sessions = of(event.getSession().getServletContext());
        if (sessions != null) {
            sessions.ended(event.getSession().getId());
        }
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        AnonymousSessions sessions = of(event.getSession().getServletContext());
        if (sessions != null) {
            sessions.renamed(oldSessionId, event.getSession().getId());
        }
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        signIn(event);
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        signIn(event);
    }

    private static void signIn(HttpSessionBindingEvent event) {
        if (DefaultSubjectContext.PRINCIPALS_SESSION_KEY.equals(event.getName())) {
            AnonymousSessions sessions = of(event.getSession().getServletContext());
            if (sessions != null) {
                sessions.signedIn(event.getSession());
            }
        }
    }
}
