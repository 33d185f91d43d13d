package org.polymetric.kernel.drain;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.polymetric.kernel.config.PortalSettings;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Drains before the server stops. A SIGTERM (the launcher's stop, a service manager's, a container
 * runtime's) or SIGINT (Ctrl-C) otherwise starts the JVM's shutdown at once, and Payara undeploys
 * the application under the requests in flight: those not finished got the container's 500. The
 * portal takes both signals over while it is deployed: {@link Drain#leave} (the grace of
 * {@code POLYMETRIC_DRAIN_GRACE}, readiness DOWN while requests are still served) and {@link Drain#begin} first, then the process
 * ends with the signal's exit status (143, 130). A second signal while draining changes nothing
 * (Ctrl-C reaches the launcher and the server alike, and the launcher then sends SIGTERM). JVM
 * shutdown hooks cannot do this: they all run at once, Payara's among them.
 */
@ApplicationScoped
public class StopSignals {
    private static final Logger LOG = Logger.getLogger(StopSignals.class.getName());
    private static final long FLUSH_MILLIS = 500;

    @Inject
    Drain drain;

    @Inject
    PortalSettings settings;

    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
    /** The application's class loader: the JVM runs a handler on a thread of its own without one, where CDI finds no beans. */
    private ClassLoader application;
    private final AtomicBoolean stopping = new AtomicBoolean();

    void install(@Observes @Initialized(ApplicationScoped.class) Object started) {
        application = Thread.currentThread().getContextClassLoader();
        for (String name : new String[]{"TERM", "INT"}) {
            Signal signal = new Signal(name);
            try {
                previous.put(signal, Signal.handle(signal, this::stop));
            } catch (IllegalArgumentException e) {
                // the JVM was started with -Xrs, or the signal is not this system's: stops are not drained
                LOG.log(Level.INFO, "SIG" + name + " stops the server without draining: " + e.getMessage());
            }
        }
        LOG.fine("stop signals drain first: " + previous.keySet());
    }

    private void stop(Signal signal) {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        Thread.currentThread().setContextClassLoader(application);
        int left = -1;
        try {
            drain.leave(settings.get().drainGrace());
            left = drain.begin(Drain.BOUND);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Payara's own stop would undeploy the portal while its port still takes connections, and
        // the container answers those 500 or 503 without Retry-After (what the drain is for). With
        // nothing in flight and the queues empty, nothing is left that stopping at once loses:
        // every write is committed or was refused, background jobs roll back and run again at the
        // next start, a cluster's other members keep the sessions. Clients now find the port closed.
        flushLogs("drained: " + (left == 0 ? "every request taken was answered" : left + " requests were still in flight")
                + "; the server stops (SIG" + signal.getName() + ")");
        Runtime.getRuntime().halt(128 + signal.getNumber());
    }

    /**
     * Payara writes log records from a queue of its own, through buffers a halt does not flush: the
     * last line goes straight to the process's standard error (the launcher's server log), and the
     * queue gets a moment to write the drain's own lines.
     */
    private static void flushLogs(String last) {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }
        try {
            Thread.sleep(FLUSH_MILLIS);
            FileOutputStream err = new FileOutputStream(FileDescriptor.err);
            err.write(("[polymetric] " + last + "\n").getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // nowhere to say it
        }
    }

    /** An undeploy without a stop (a redeploy) hands the signals back: the handlers hold this application. */
    @PreDestroy
    void uninstall() {
        previous.forEach((signal, handler) -> {
            try {
                Signal.handle(signal, handler);
            } catch (IllegalArgumentException e) {
                // nothing to hand back
            }
        });
        previous.clear();
    }
}
