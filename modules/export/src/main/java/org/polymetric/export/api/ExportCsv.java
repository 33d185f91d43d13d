package org.polymetric.export.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.List;
import org.polymetric.export.domain.Dimension;
import org.polymetric.export.domain.Metric;
import org.polymetric.export.service.ExportSource;
import org.polymetric.kernel.web.CsvStream;

/**
 * Peer5's CSV answer through the kernel's {@link CsvStream}: a header of quoted names
 * ({@code "timestamp","browser.name","http"}), numbers unquoted, dimension values quoted with
 * quotes doubled and formula-leading values neutralised; streamed as lines come, nothing written
 * before the first line (or the export's end).
 */
public final class ExportCsv {
    public static final MediaType TYPE = new MediaType("text", "csv", "UTF-8");

    private ExportCsv() {
    }

    public static StreamingOutput of(ExportSource source) {
        List<String> header = new ArrayList<>();
        header.add("timestamp");
        source.query().dimensions().stream().map(Dimension::key).forEach(header::add);
        source.query().metrics().stream().map(Metric::key).forEach(header::add);
        return CsvStream.of(header, rows -> source.writeTo(line -> {
            Object[] cells = new Object[1 + line.values().size() + line.metrics().size()];
            cells[0] = line.timestampMs();
            int i = 1;
            for (String v : line.values()) {
                cells[i++] = v;
            }
            for (Number n : line.metrics()) {
                cells[i++] = n;
            }
            rows.add(cells);
        }));
    }
}
