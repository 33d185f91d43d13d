package org.polymetric.counters.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.polymetric.counters.service.CounterOverview;
import org.polymetric.kernel.time.VendorDates;
import org.polymetric.kernel.web.CsvStream;

/** A shown series as a CSV download: {@code time} (UTC, ISO 8601) and {@code value}, a row per point, empty where a point has no data. */
final class CsvDownloads {
    private CsvDownloads() {
    }

    /** The range a download reads: it carries its own start and end, and a bad one is a 400, not another range. */
    static PageRange range(PageRange range) {
        if (range.problem() != null) {
            throw new BadRequestException(range.problem());
        }
        return range;
    }

    static Response of(CounterOverview.Line line, String name, PageRange range) {
        var csv = CsvStream.of(List.of("time", "value"), rows -> {
            for (int i = 0; i < line.xport().times().size(); i++) {
                rows.add(VendorDates.iso(Instant.ofEpochSecond(line.xport().times().get(i))), line.xport().values().get(i));
            }
        });
        // a cloud or cluster is any text: the name keeps letters, digits, dots and dashes, so the header stays one quoted token
        String file = (name + "-" + range.start() + "-" + range.end()).replace(":", "").replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
        return Response.ok(csv, "text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }
}
