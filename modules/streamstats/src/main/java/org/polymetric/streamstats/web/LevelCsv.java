package org.polymetric.streamstats.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.polymetric.kernel.web.CsvStream;
import org.polymetric.streamstats.api.StatsJson;
import org.polymetric.streamstats.domain.Series;
import org.polymetric.streamstats.domain.Source;
import org.polymetric.streamstats.service.Breakdowns;
import org.polymetric.streamstats.service.SummaryRow;
import org.polymetric.streamstats.store.ScopeRow;

/**
 * The pages' downloads (RFC 4180 through {@link CsvStream}: text quoted, numbers not, figures
 * written as the Stats API writes them). A table: every row in the page's order with the
 * summary's fields. A rollup series: {@code datetime} (a point's start, epoch ms), {@code cdn},
 * {@code p2p} (empty where the point has no value). A breakdown: {@code datetime}, {@code value},
 * {@code devices}, a row per value of each point.
 */
@ApplicationScoped
public class LevelCsv {
    private static final List<String> FIGURES = List.of("cdn_devices", "p2p_devices", "not_compatible_devices",
            "cdn_throughput", "p2p_throughput", "total_throughput", "cdn_viewing_time", "p2p_viewing_time",
            "total_viewing_time");

    @Inject
    LevelReads reads;

    Response table(Level level, PageQuery q) {
        Series window = q.window().series(System.currentTimeMillis());
        List<SummaryRow> rows = reads.allRows(level, q, window);
        List<String> header = new ArrayList<>(keys(level));
        header.addAll(FIGURES);
        StreamingOutput csv = CsvStream.of(header, out -> {
            for (SummaryRow r : rows) {
                List<Object> cells = new ArrayList<>(keyCells(level, r.scope()));
                cells.addAll(List.of(r.cdnDevices(), r.p2pDevices(), r.notCompatibleDevices(),
                        StatsJson.number(r.throughput().cdn(), StatsJson.DECIMALS),
                        StatsJson.number(r.throughput().p2p(), StatsJson.DECIMALS),
                        StatsJson.number(r.throughput().total(), StatsJson.DECIMALS),
                        r.viewingTime().cdnSeconds(), r.viewingTime().p2pSeconds(), r.viewingTime().totalSeconds()));
                out.add(cells.toArray());
            }
        });
        return download(csv, level, level.table(), q);
    }

    Response series(Level level, PageQuery q, String metricName) {
        ChartMetric metric = ChartMetric.parse(metricName);
        Series window = q.window().series(System.currentTimeMillis());
        StreamingOutput csv;
        if (metric.breakdown() != null) {
            List<Breakdowns.Point> points = reads.breakdown(level, window, metric);
            csv = CsvStream.of(List.of("datetime", "value", "devices"), out -> {
                for (Breakdowns.Point p : points) {
                    p.devices().forEach((value, devices) -> out.add(p.datetime(), value, devices));
                }
            });
        } else {
            Map<Source, Map<Long, Double>> lines = reads.lines(level, window).get(metric);
            int decimals = metric.path().decimals();
            csv = CsvStream.of(List.of("datetime", "cdn", "p2p"), out -> {
                for (long t : window.times()) {
                    Double cdn = lines.get(Source.CDN).get(t);
                    Double p2p = lines.get(Source.P2P).get(t);
                    // points without rows are left out, as the API's series leave them out
                    if (cdn != null || p2p != null) {
                        out.add(t, cdn == null ? null : StatsJson.number(cdn, decimals), p2p == null ? null : StatsJson.number(p2p, decimals));
                    }
                }
            });
        }
        return download(csv, level, metric.wire(), q);
    }

    private static List<String> keys(Level level) {
        return switch (level.table()) {
            case "channels" -> List.of("channel_id");
            case "streams" -> List.of("stream_id", "stream_uri");
            default -> List.of("bitrate", "representation_id");
        };
    }

    private static List<Object> keyCells(Level level, ScopeRow s) {
        return switch (level.table()) {
            case "channels" -> List.of(s.channelId());
            case "streams" -> List.of(s.streamId(), s.streamUri() == null ? "" : s.streamUri());
            default -> List.of(s.bitrate(), s.representationId());
        };
    }

    private static Response download(StreamingOutput csv, Level level, String what, PageQuery q) {
        // ids are any text: the file name keeps the game id, the window and the table's or series' name
        String file = ("streamstats-" + level.gameId() + "-" + what + "-" + q.window().wire() + ".csv");
        return Response.ok(csv, "text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }
}
