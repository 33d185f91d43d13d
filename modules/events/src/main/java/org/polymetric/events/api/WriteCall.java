package org.polymetric.events.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import org.polymetric.events.ingest.Ingest;
import org.polymetric.events.ingest.Refusal;
import org.polymetric.kernel.ingest.Arrival;
import org.polymetric.kernel.ingest.Arrivals;

/**
 * One call of Countly's {@code /i} or {@code /i/bulk}: reads the parameters (query string and
 * body), hands them to {@link Ingest}, and shapes its reply. Shared by the JAX-RS resource and
 * the fast filter in front of it, so both answer alike.
 */
final class WriteCall {
    /** Largest body taken: a bulk batch of a few hundred requests. */
    static final int BODY_LIMIT = 5 * 1024 * 1024;

    private WriteCall() {
    }

    /** {@code body} is the request's body for a POST, null for a GET. */
    static CountlyAnswer answer(Ingest ingest, Arrivals arrivals, HttpServletRequest request, InputStream body, boolean bulk) {
        WriteParams params;
        try {
            params = WriteParams.read(request, body, BODY_LIMIT);
        } catch (Refusal r) {
            return CountlyAnswer.result(r.status(), r.result(), null, null);
        }
        String callback = params.values().get("callback");
        Arrival arrival = arrivals.of(request);
        Ingest.Reply reply = bulk ? ingest.bulk(params.values(), params.signed(), arrival)
                : ingest.write(params.values(), params.signed(), arrival);
        // JSONP as Countly answers SDK writes (they carry no credentials to steal); an error is never script
        boolean success = reply.status() == 200 && "Success".equals(reply.result());
        return CountlyAnswer.result(reply.status(), reply.result(), reply.info(), success ? callback : null);
    }
}
