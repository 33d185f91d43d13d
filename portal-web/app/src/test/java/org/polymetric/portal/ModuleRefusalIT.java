package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two modules claiming one id: the portal refuses to start rather than serve half of each. The
 * Payara Micro connector does not report a failed start as a deployment error, so the test looks
 * at what is served: nothing of the portal, and health not ready.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
@RunAsClient
class ModuleRefusalIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return ModuleDeployments.withTwoModulesClaimingOneId();
    }

    @ArquillianResource
    URL base;

    @Test
    void thePortalDoesNotStart() throws Exception {
        PortalClient c = new PortalClient(base.toURI());
        assertEquals(404, c.get("/api/noop").statusCode(), "no portal endpoint is served");
        assertEquals(404, c.get("/api/sample/hello").statusCode(), "nor the modules'");
        assertNotEquals(200, c.get("/health/ready").statusCode(), "and the instance is not ready");
    }
}
