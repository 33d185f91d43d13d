package org.polymetric.export.service;

import java.io.IOException;

/**
 * Takes an export's lines as they are made, one interval at a time, in order (by timestamp, then
 * by the dimension values in code point order): the API's JSON and CSV writers, the pages'
 * preview.
 */
@FunctionalInterface
public interface ExportSink {
    void accept(ExportLine line) throws IOException;
}
