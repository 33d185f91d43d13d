package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/**
 * The reach from the request a provider has to the server's connection, on stand-ins shaped as
 * the real classes are: HK2's request proxy (a {@code __make()} that gives what it stands for)
 * over the filters' wrappers over the server's request; and Payara's request, a facade whose
 * protected {@code request} field holds Catalina's request, whose {@code getCoyoteRequest()} is
 * Grizzly's, whose {@code getConnection()} closes. The real chain is driven by
 * {@code ExportCsvIT.anExportTheDatabaseCutsEndsBroken}.
 */
class ConnectionCutTest {
    static final class Connection {
        boolean closed;

        public void closeSilently() {
            closed = true;
        }
    }

    public static final class GrizzlyRequest {
        final Connection connection = new Connection();

        public Connection getConnection() {
            return connection;
        }
    }

    public static final class CatalinaRequest {
        final GrizzlyRequest grizzly = new GrizzlyRequest();

        public GrizzlyRequest getCoyoteRequest() {
            return grizzly;
        }
    }

    static class FacadeBase {
        protected CatalinaRequest request = new CatalinaRequest();
    }

    /** The field is declared on a superclass, as a subclass of Payara's facade would have it. */
    static final class Facade extends FacadeBase {
    }

    /** HK2's {@code ProxyCtl}, as its proxies implement it. */
    interface ProxyCtl {
        Object __make();
    }

    /** A request that answers nothing: where the reach is to end. */
    private static HttpServletRequest serverRequest() {
        return (HttpServletRequest) Proxy.newProxyInstance(ConnectionCutTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** HK2's stand-in for the request of the current call, as a singleton provider gets it injected. */
    private static HttpServletRequest hk2Proxy(HttpServletRequest current) {
        return (HttpServletRequest) Proxy.newProxyInstance(ConnectionCutTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class, ProxyCtl.class}, (proxy, method, args) ->
                        method.getName().equals("__make") ? current : method.invoke(current, args));
    }

    @Test
    void closesTheConnectionBehindTheServersRequest() {
        Facade facade = new Facade();
        assertTrue(ConnectionCut.cut(facade));
        assertTrue(facade.request.grizzly.connection.closed);
    }

    @Test
    void theServersRequestIsFoundUnderTheProxyAndTheFiltersWrappers() throws ReflectiveOperationException {
        HttpServletRequest server = serverRequest();
        HttpServletRequest wrapped = new HttpServletRequestWrapper(new HttpServletRequestWrapper(server));
        assertSame(server, ConnectionCut.serverRequest(hk2Proxy(wrapped)));
        assertSame(server, ConnectionCut.serverRequest(wrapped));
        assertSame(server, ConnectionCut.serverRequest(server));
    }

    @Test
    void anotherServersRequestIsNotCutAndSaysSo() {
        assertFalse(ConnectionCut.cut(new Object()));
        assertFalse(ConnectionCut.cut(hk2Proxy(new HttpServletRequestWrapper(serverRequest()))));
        FacadeBase noConnection = new FacadeBase();
        noConnection.request = null;
        assertFalse(ConnectionCut.cut(noConnection));
    }
}
