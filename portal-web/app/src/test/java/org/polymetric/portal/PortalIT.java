package org.polymetric.portal;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What most integration test classes share: the real WAR on Payara Micro over the test MariaDB,
 * exercised from outside as a client would. The server is shared: every class on this deployment
 * runs against the one Payara Micro of its test JVM ({@link org.polymetric.portal.sharing.KeptDeployment}),
 * so a test makes its own organizations, games, accounts and tokens and assumes nothing of what
 * other classes left (see the app README).
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
@RunAsClient
public abstract class PortalIT {
    @Deployment(testable = false)
    public static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    protected URL base;

    protected PortalClient client() {
        return new PortalClient(URI.create(base.toString()));
    }
}
