package org.polymetric.kernel.module;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.logging.Logger;

/**
 * The registry of this deployment. {@link ModuleCheck} has already refused a faulty set of modules
 * while CDI validated the deployment, so loading here cannot fail.
 */
@ApplicationScoped
public class Modules {
    private static final Logger LOG = Logger.getLogger(Modules.class.getName());
    private ModuleRegistry registry;

    @PostConstruct
    void load() {
        registry = ModuleRegistry.load(Thread.currentThread().getContextClassLoader());
        LOG.info(() -> "Polymetric modules: " + (registry.modules().isEmpty() ? "none"
                : String.join(", ", registry.modules().stream().map(PortalModule::id).toList())));
    }

    public List<PortalModule> all() {
        return registry.modules();
    }

    /** Root path segment → the module id answering it (see {@link PortalModule#rootPaths()}). */
    public java.util.Map<String, String> rootPaths() {
        return registry.rootPaths();
    }
}
