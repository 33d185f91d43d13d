package org.polymetric.counters.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.polymetric.counters.service.CountersSchedule;

/**
 * Starts the {@link CountersSchedule} with the web application. A listener rather than a CDI
 * {@code @Initialized} observer: Payara binds {@code java:comp} (and the container's executor
 * with it) only once the web module runs, as the kernel's start-up notes. A schedule that cannot
 * start fails the deployment rather than leave a portal that never purges.
 */
@WebListener
public class CountersScheduleStart implements ServletContextListener {
    @Override
    public void contextInitialized(ServletContextEvent event) {
        CDI.current().select(CountersSchedule.class).get().start();
    }
}
