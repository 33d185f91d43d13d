package org.polymetric.streamstats.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.polymetric.streamstats.service.StreamstatsSchedule;

/**
 * Starts the {@link StreamstatsSchedule} with the web application: a listener, as Payara binds
 * {@code java:comp} (and the container's executor with it) only once the web module runs. A
 * schedule that cannot start fails the deployment rather than leave a portal that never purges.
 */
@WebListener
public class StreamstatsScheduleStart implements ServletContextListener {
    @Override
    public void contextInitialized(ServletContextEvent event) {
        CDI.current().select(StreamstatsSchedule.class).get().start();
    }
}
