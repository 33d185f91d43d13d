package org.polymetric.events.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.polymetric.events.read.Reports;
import org.polymetric.kernel.storage.MayLag;
import org.polymetric.kernel.web.View;

/**
 * {@code GET /events/games/{id}/events?event=&segment=&period=}: one custom event's count, sum
 * and duration per day, and split by a segment's values. Viewers of the game and above.
 */
@MayLag
@Path("events/games/{id}/events")
@Produces(MediaType.TEXT_HTML)
public class ExplorerPage {
    @Inject
    GameOnPage games;

    @Inject
    Reports reports;

    @GET
    public View show(@PathParam("id") String id, @QueryParam("event") String event, @QueryParam("segment") String segment,
                     @QueryParam("period") String period) {
        GameOnPage.Shown shown = games.resolve(id, period);
        Map<String, Map<String, List<String>>> catalog = reports.catalog(shown.id());
        View view = Pages.view("events/explorer", shown, "events").with("catalog", catalog);
        if (catalog.isEmpty()) {
            return view;
        }
        String key = event != null && catalog.containsKey(event) ? event : catalog.keySet().iterator().next();
        List<String> segments = List.copyOf(catalog.get(key).keySet());
        String seg = segment != null && segments.contains(segment) ? segment : segments.isEmpty() ? null : segments.get(0);
        List<Reports.EventDay> days = reports.eventDays(shown.id(), key, shown.period());
        view.with("event", key).with("segments", segments).with("segment", seg).with("days", days)
                .with("chart", ChartData.line().labels(days, d -> d.date().toString())
                        .series("count", days, Reports.EventDay::count)
                        .series("sum", days, Reports.EventDay::sum)
                        .series("duration", days, Reports.EventDay::duration).json());
        if (seg != null) {
            List<Reports.SegmentValue> values = ShownValues.segmentValues(reports.segmentValues(shown.id(), key, seg, shown.period()));
            view.with("values", values).with("valueChart", ChartData.bar().labels(values, Reports.SegmentValue::value)
                    .series("count", values, Reports.SegmentValue::count).json());
        }
        return view;
    }
}
