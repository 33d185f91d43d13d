package org.polymetric.counters.store;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the counters' schedules with the web application: {@link CounterRetention}'s purge and
 * the {@link JournalApplier}. A listener rather than a CDI
 * {@code @Initialized} observer: Payara binds {@code java:comp} (and the server's thread
 * factory with it) only once the web module runs, as the kernel's start-up notes.
 */
@WebListener
public class ScheduleStart implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(ScheduleStart.class.getName());

    /** Never fails the deployment: the first write starts the schedule if this could not. */
    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            CDI.current().select(CounterRetention.class).get().start();
            CDI.current().select(JournalApplier.class).get().start();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "counters: the purge and journal schedules start with the first write instead", e);
        }
    }
}
