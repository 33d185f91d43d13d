package org.polymetric.kernel.module;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Checks the modules while CDI validates the deployment: a faulty set (two modules with one id, a
 * path outside a module's prefix) becomes a deployment problem, so the application does not start
 * at all. A failure later, in a listener or a bean, would leave a half-working portal running.
 */
public class ModuleCheck implements Extension {
    void check(@Observes AfterDeploymentValidation validation) {
        try {
            ModuleRegistry.load(Thread.currentThread().getContextClassLoader());
        } catch (ModuleRegistryException e) {
            validation.addDeploymentProblem(e);
        }
    }
}
