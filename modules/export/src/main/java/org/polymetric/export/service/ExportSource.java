package org.polymetric.export.service;

import java.io.IOException;
import org.polymetric.export.domain.ExportQuery;

/** An export ready to stream: what it answers, and its lines. The writers take one. */
public interface ExportSource {
    ExportQuery query();

    /**
     * Hands the lines to {@code sink} in order.
     *
     * @throws StoreUnavailable when the database does not answer
     */
    void writeTo(ExportSink sink) throws IOException;
}
