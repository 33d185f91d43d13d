package org.polymetric.kernel.storage;

import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink's session, told not to retry a query whose connection failed. By default it retries
 * three times, 5 s apart, so that every JPA read (a token check, a page's user) held its caller 10 s
 * and more while the database was away, where the portal answers 503 at once. Retrying is the
 * pool's job here: it validates each connection before handing it out and drops them all when one
 * is dead (see the WAR's {@code PortalDataSource}), so a query never meets a connection that died
 * while idle; a query whose connection dies under it fails, and its client retries.
 * Named in {@code META-INF/persistence.xml} ({@code eclipselink.session.customizer}).
 */
public class FailFastSession implements SessionCustomizer {
    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setConnectionHealthValidatedOnError(false);
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
