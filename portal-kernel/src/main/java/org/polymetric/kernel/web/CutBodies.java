package org.polymetric.kernel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.logging.Logger;

/**
 * A body that fails after its answer was committed (a streamed export or CSV download whose
 * database read fails half way) cannot become an error answer any more: its connection is cut
 * ({@link ConnectionCut}), so that the client sees a broken body instead of a shorter one that
 * looks complete. A failure before the commit goes on to the exception mappers as before.
 *
 * <p>A cut answer is finished here, with one warning: rethrown, the failure would reach Jersey
 * after the commit, which can only log it as a severe error with its stack trace, and Jersey's
 * closing of the body on the cut connection would fail and log a second one. Nothing of either is
 * news once the connection is cut on purpose.
 */
@Provider
public class CutBodies implements WriterInterceptor {
    private static final Logger LOG = Logger.getLogger(CutBodies.class.getName());

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        try {
            context.proceed();
        } catch (IOException | RuntimeException e) {
            if (!response.isCommitted()) {
                throw e;
            }
            if (!ConnectionCut.cut(request)) {
                throw e;
            }
            LOG.warning(() -> "the answer to " + request.getMethod() + " " + AppPath.of(request)
                    + " failed after its status was sent; its connection is cut, so the client sees a broken body: " + e);
            context.setOutputStream(new AfterCut(context.getOutputStream()));
        }
    }

    /**
     * What Jersey flushes and closes once a body is cut: nothing more can reach the client, and the
     * cut connection's refusal to take the end of the body is expected, not a failure to report.
     */
    static final class AfterCut extends FilterOutputStream {
        AfterCut(OutputStream body) {
            super(body);
        }

        @Override
        public void write(int b) {
            // the connection is gone
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // the connection is gone
        }

        @Override
        public void flush() {
            // the connection is gone
        }

        @Override
        public void close() {
            try {
                // marks Jersey's own stream closed, so that it does not close it again
                out.close();
            } catch (IOException | RuntimeException expected) {
                // the cut connection refuses the end of the body: that is the point of the cut
            }
        }
    }
}
