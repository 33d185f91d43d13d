package org.polymetric.portal.sharing;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Puts {@link KeptDeployment} in place of the Payara Micro connector, so that the test classes of
 * one JVM share a running server instead of starting one each. Registered in
 * {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}.
 */
public class KeptDeploymentExtension implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, KeptDeployment.class);
    }
}
