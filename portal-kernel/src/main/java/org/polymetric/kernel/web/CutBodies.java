package org.polymetric.kernel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;

/**
 * A body that fails after its answer was committed (a streamed export or CSV download whose
 * database read fails half way) cannot become an error answer any more: its connection is cut
 * ({@link ConnectionCut}), so that the client sees a broken body instead of a shorter one that
 * looks complete. A failure before the commit goes on to the exception mappers as before.
 */
@Provider
public class CutBodies implements WriterInterceptor {
    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        try {
            context.proceed();
        } catch (IOException | RuntimeException e) {
            if (response.isCommitted()) {
                ConnectionCut cut = ConnectionCut.of(request.getAttribute(ConnectionCut.ATTRIBUTE));
                if (cut != null) {
                    cut.cut();
                }
            }
            throw e;
        }
    }
}
