package org.polymetric.counters.store;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Starts {@link CounterRetention} with the web application. A listener rather than a CDI
 * {@code @Initialized} observer: Payara binds {@code java:comp} (and the server's thread
 * factory with it) only once the web module runs, as the kernel's start-up notes.
 */
@WebListener
public class RetentionStart implements ServletContextListener {
    @Override
    public void contextInitialized(ServletContextEvent event) {
        CDI.current().select(CounterRetention.class).get().start();
    }
}
