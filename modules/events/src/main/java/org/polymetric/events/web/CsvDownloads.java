package org.polymetric.events.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.polymetric.events.read.Reports;
import org.polymetric.kernel.storage.MayLag;
import org.polymetric.kernel.web.CsvStream;

/**
 * {@code GET /events/games/{id}/csv/{table}?period=}: every table of the pages as CSV:
 * {@code days}, {@code platforms}, {@code resolutions}, {@code carriers}, {@code app_versions},
 * {@code countries}, {@code event} ({@code &event=}), {@code segment} ({@code &event=&segment=}),
 * {@code retention}. Viewers of the game and above.
 */
@MayLag
@Path("events/games/{id}/csv/{table}")
public class CsvDownloads {
    @Inject
    GameOnPage games;

    @Inject
    Reports reports;

    @GET
    public Response download(@PathParam("id") String id, @PathParam("table") String table, @QueryParam("period") String period,
                             @QueryParam("event") String event, @QueryParam("segment") String segment) {
        GameOnPage.Shown shown = games.resolve(id, period);
        long game = shown.id();
        var p = shown.period();
        var csv = switch (table) {
            case "days" -> CsvStream.of(List.of("date", "sessions", "users", "new_users", "seconds"), rows ->
                    reports.days(game, p).forEach(d -> rows.add(d.date().toString(), d.sessions(), d.users(), d.fresh(), d.seconds())));
            case "platforms", "resolutions", "carriers", "app_versions", "countries" -> {
                String family = table.equals("countries") ? "countries" : DashboardPage.TOPS.get(table);
                yield CsvStream.of(List.of(table.equals("countries") ? "country" : "value", "sessions", "users", "new_users",
                        "share_percent"), rows -> ShownValues.ranked(family, reports.ranked(game, family, p, Integer.MAX_VALUE))
                        .forEach(r -> rows.add(r.value(), r.sessions(), r.users(), r.fresh(), r.share())));
            }
            case "event" -> CsvStream.of(List.of("date", "count", "sum", "duration"), rows ->
                    reports.eventDays(game, required(event), p).forEach(d -> rows.add(d.date().toString(), d.count(), d.sum(),
                            d.duration())));
            case "segment" -> CsvStream.of(List.of("value", "count", "sum", "duration"), rows ->
                    ShownValues.segmentValues(reports.segmentValues(game, required(event), required(segment), p))
                            .forEach(v -> rows.add(v.value(), v.count(), v.sum(), v.duration())));
            case "retention" -> {
                List<String> header = new ArrayList<>(List.of("cohort", "users"));
                for (int n = 0; n <= RetentionPage.DAYS; n++) {
                    header.add("day_" + n);
                }
                yield CsvStream.of(header, rows -> reports.cohorts(game, p, LocalDate.now(shown.zone()), RetentionPage.DAYS)
                        .forEach(c -> {
                            List<Object> values = new ArrayList<>(List.of(c.day().toString(), c.users()));
                            values.addAll(c.retained());
                            rows.add(values.toArray());
                        }));
            }
            default -> throw new NotFoundException();
        };
        String name = "game-" + game + "-" + table + "-" + p.from() + "-" + p.to() + ".csv";
        return Response.ok(csv, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static String required(String value) {
        if (value == null || value.isEmpty()) {
            throw new NotFoundException();
        }
        return value;
    }
}
