package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The reach from the server's request to its connection, on stand-ins shaped as Payara's classes
 * are: a facade whose protected {@code request} field holds Catalina's request, whose
 * {@code getCoyoteRequest()} is Grizzly's, whose {@code getConnection()} closes. The real chain is
 * driven by {@code ExportCsvIT.anExportTheDatabaseCutsEndsBroken}.
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

    @Test
    void closesTheConnectionBehindTheServersRequest() {
        Facade facade = new Facade();
        assertTrue(new ConnectionCut(facade).cut());
        assertTrue(facade.request.grizzly.connection.closed);
    }

    @Test
    void anotherServersRequestIsNotCutAndSaysSo() {
        assertFalse(new ConnectionCut(new Object()).cut());
        FacadeBase noConnection = new FacadeBase();
        noConnection.request = null;
        assertFalse(new ConnectionCut(noConnection).cut());
    }

    @Test
    void onlyTheListenersOwnAttributeIsACut() {
        assertNull(ConnectionCut.of("something else"));
        assertNull(ConnectionCut.of(new ConnectionCut()));
        assertTrue(ConnectionCut.of(new ConnectionCut(new Object())) != null);
    }
}
