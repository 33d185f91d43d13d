package org.polymetric.export.api;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.polymetric.export.domain.Dimension;
import org.polymetric.export.domain.Metric;
import org.polymetric.export.service.ExportSource;

/**
 * Peer5's JSON answer, streamed with jakarta.json's generator as lines come: {@code {"error":
 * false, "data": [{"timestamp": ..., "<dimension>": "...", "<metric>": n}]}}, keys in the order
 * timestamp, the dimensions asked, the metrics asked. Nothing is written before the first line
 * (or the export's end), so a database that fails before it still gets its 503.
 */
public final class ExportJson {
    public static final MediaType TYPE = MediaType.APPLICATION_JSON_TYPE;

    private ExportJson() {
    }

    public static StreamingOutput of(ExportSource source) {
        return out -> {
            List<Dimension> dimensions = source.query().dimensions();
            List<Metric> metrics = source.query().metrics();
            JsonGenerator[] json = {null};
            source.writeTo(line -> {
                if (json[0] == null) {
                    json[0] = start(out);
                }
                JsonGenerator g = json[0];
                g.writeStartObject().write("timestamp", line.timestampMs());
                for (int i = 0; i < dimensions.size(); i++) {
                    g.write(dimensions.get(i).key(), line.values().get(i));
                }
                for (int i = 0; i < metrics.size(); i++) {
                    Number n = line.metrics().get(i);
                    if (n instanceof BigDecimal d) {
                        g.write(metrics.get(i).key(), d);
                    } else {
                        g.write(metrics.get(i).key(), n.longValue());
                    }
                }
                g.writeEnd();
            });
            if (json[0] == null) {
                json[0] = start(out);
            }
            // flushed, not closed: the container closes the response's stream
            json[0].writeEnd().writeEnd().flush();
        };
    }

    private static JsonGenerator start(OutputStream out) {
        return Json.createGenerator(out).writeStartObject().write("error", false).writeStartArray("data");
    }
}
