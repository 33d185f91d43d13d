package org.polymetric.kernel.web;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends a request's connection at once, without finishing its answer: the only way to tell a client
 * that a body already under way (status sent, first chunks out) will not be whole. A chunked body
 * that is cut lacks its last, empty chunk, which every HTTP client reports as a broken body,
 * where a body ended normally would read as a complete, shorter file.
 *
 * <p>The servlet API has no such call and JAX-RS finishes the body of a failed {@code StreamingOutput}
 * normally (it logs the failure), so this reaches the server's own connection: Payara's request
 * ({@code org.apache.catalina.connector.RequestFacade} around its {@code Request}) holds Grizzly's,
 * whose {@code Connection} closes without writing more. As a request listener it sees the server's
 * own request object before any filter wraps it, and leaves itself on the request for
 * {@link CutBodies}. On another server the chain is not there: the cut is logged as impossible and
 * the body ends as the server ends it.
 */
public class ConnectionCut implements ServletRequestListener {
    static final String ATTRIBUTE = ConnectionCut.class.getName();
    private static final Logger LOG = Logger.getLogger(ConnectionCut.class.getName());

    /** The server's own request object (Payara's {@code RequestFacade}). */
    private final Object serverRequest;

    /** For the servlet container, which calls it as a listener. */
    public ConnectionCut() {
        this.serverRequest = null;
    }

    ConnectionCut(Object serverRequest) {
        this.serverRequest = serverRequest;
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        event.getServletRequest().setAttribute(ATTRIBUTE, new ConnectionCut(event.getServletRequest()));
    }

    /** The cut of the connection that carries {@code request} (an attribute's value, or null). */
    static ConnectionCut of(Object attribute) {
        return attribute instanceof ConnectionCut cut && cut.serverRequest != null ? cut : null;
    }

    /** Closes the connection without writing more; whether it could. */
    boolean cut() {
        try {
            Object catalina = field(serverRequest, "request");
            Object grizzly = call(catalina, "getCoyoteRequest");
            Object connection = call(grizzly, "getConnection");
            method(connection, "closeSilently").invoke(connection);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot end the connection of a broken answer on this server: " + e);
            return false;
        }
    }

    private static Object field(Object target, String name) throws ReflectiveOperationException {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return required(f.get(target), name);
            } catch (NoSuchFieldException next) {
                // declared higher up
            }
        }
        throw new NoSuchFieldException(target.getClass().getName() + "." + name);
    }

    private static Object call(Object target, String name) throws ReflectiveOperationException {
        return required(method(target, name).invoke(target), name);
    }

    private static Method method(Object target, String name) throws ReflectiveOperationException {
        Method m = target.getClass().getMethod(name);
        // the method is public, its class may not be (Grizzly's connection implementations)
        m.setAccessible(true);
        return m;
    }

    private static Object required(Object value, String name) throws ReflectiveOperationException {
        if (value == null) {
            throw new ReflectiveOperationException(name + " is null");
        }
        return value;
    }
}
