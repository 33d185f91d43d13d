package org.polymetric.kernel.web;

import jakarta.servlet.ServletRequestWrapper;
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
 * whose {@code Connection} closes without writing more. The request a caller has is reached only
 * when a cut is needed, which is rare: under the filters' wrappers
 * ({@link ServletRequestWrapper#getRequest()}) and, for a JAX-RS provider, under the request proxy
 * HK2 injects ({@code org.glassfish.hk2.api.ProxyCtl#__make()} gives what it stands for). On
 * another server the chain is not there: the cut is logged as impossible and the body ends as the
 * server ends it.
 */
final class ConnectionCut {
    private static final Logger LOG = Logger.getLogger(ConnectionCut.class.getName());
    /** The method of HK2's proxies ({@code org.glassfish.hk2.api.ProxyCtl}) that gives what the proxy stands for. */
    private static final String HK2_MAKE = "__make";
    /** More wrappers than any filter chain stacks: a wrapper that wraps itself ends the walk. */
    private static final int MAX_LAYERS = 64;

    private ConnectionCut() {
    }

    /** Closes the connection that carries {@code request} without writing more; whether it could. */
    static boolean cut(Object request) {
        try {
            Object facade = serverRequest(request);
            Object catalina = field(facade, "request");
            Object grizzly = call(catalina, "getCoyoteRequest");
            Object connection = call(grizzly, "getConnection");
            // returns nothing: reaching it is the success
            method(connection, "closeSilently").invoke(connection);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot end the connection of a broken answer on this server: " + e);
            return false;
        }
    }

    /** The server's own request under {@code request}'s wrappers and proxies. */
    static Object serverRequest(Object request) throws ReflectiveOperationException {
        Object r = request;
        for (int layer = 0; layer < MAX_LAYERS; layer++) {
            if (r instanceof ServletRequestWrapper wrapper) {
                r = required(wrapper.getRequest(), "getRequest");
            } else if (hk2Proxy(r)) {
                r = call(r, HK2_MAKE);
            } else {
                return r;
            }
        }
        throw new ReflectiveOperationException("more than " + MAX_LAYERS + " layers over the server's request");
    }

    /** HK2's proxies have {@code __make()} (its {@code ProxyCtl}); no servlet request has such a name. */
    private static boolean hk2Proxy(Object r) {
        try {
            return r.getClass().getMethod(HK2_MAKE).getParameterCount() == 0;
        } catch (NoSuchMethodException notAProxy) {
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
        // the method is public, its class may not be (Grizzly's connection implementations, proxies)
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
