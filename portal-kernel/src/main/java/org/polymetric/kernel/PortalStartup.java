package org.polymetric.kernel;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import org.eclipse.microprofile.health.Readiness;
import org.polymetric.kernel.identity.FirstRun;
import org.polymetric.kernel.metrics.PoolMetrics;
import org.polymetric.kernel.module.Modules;
import org.polymetric.kernel.web.DatabaseReadiness;

/**
 * Start-up work, run when the web application starts (declared in web.xml): log the modules,
 * then create the first administrator on an empty portal, then put the JDBC pool's gauges on
 * {@code /metrics}, then start watching the database ({@link DatabaseReadiness#watch()}). A listener rather than a CDI
 * {@code @Initialized} observer, because Payara binds {@code java:comp} (and with it the
 * persistence context) only once the web module is running.
 */
public class PortalStartup implements ServletContextListener {
    @Override
    public void contextInitialized(ServletContextEvent event) {
        CDI.current().select(Modules.class).get().all();
        CDI.current().select(FirstRun.class).get().run();
        CDI.current().select(PoolMetrics.class).get().start();
        CDI.current().select(DatabaseReadiness.class, Readiness.Literal.INSTANCE).get().watch();
    }
}
