package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

/** What Jersey meets after a cut; the cut itself is driven by {@code ExportCsvIT.anExportTheDatabaseCutsEndsBroken}. */
class CutBodiesTest {
    /** A body whose connection is cut: it takes nothing and fails to close, as Grizzly's does then. */
    static final class CutConnection extends OutputStream {
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        boolean closeAsked;

        @Override
        public void write(int b) {
            written.write(b);
        }

        @Override
        public void close() throws IOException {
            closeAsked = true;
            throw new IOException("Connection is closed");
        }
    }

    @Test
    void afterACutNothingIsWrittenAndTheFailingCloseIsExpected() throws IOException {
        CutConnection connection = new CutConnection();
        try (OutputStream afterCut = new CutBodies.AfterCut(connection)) {
            afterCut.write(1);
            afterCut.write(new byte[] {1, 2, 3}, 0, 3);
            afterCut.flush();
        }
        assertEquals(0, connection.written.size());
        assertTrue(connection.closeAsked, "the stream below is closed, so that Jersey does not close it again");
    }
}
