package org.polymetric.export.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.polymetric.export.service.ExportSchedule;

/**
 * Starts the {@link ExportSchedule} with the web application: a listener, as Payara binds
 * {@code java:comp} (and the container's executor with it) only once the web module runs. A
 * schedule that cannot start fails the deployment rather than leave a portal that never closes
 * buckets or purges.
 */
@WebListener
public class ExportScheduleStart implements ServletContextListener {
    @Override
    public void contextInitialized(ServletContextEvent event) {
        CDI.current().select(ExportSchedule.class).get().start();
    }
}
