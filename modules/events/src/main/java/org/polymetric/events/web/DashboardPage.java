package org.polymetric.events.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polymetric.events.domain.Metric;
import org.polymetric.events.read.Change;
import org.polymetric.events.read.Dashboard;
import org.polymetric.events.read.Reports;
import org.polymetric.kernel.storage.MayLag;
import org.polymetric.kernel.web.View;

/**
 * {@code GET /events/games/{id}?period=}: a game's dashboard: totals with change and trend (neutral
 * without an earlier period to compare with),
 * sessions, users, new users and time spent per day, the top platforms, resolutions, carriers
 * and app versions, and countries. Viewers of the game and above.
 */
@MayLag
@Path("events/games/{id}")
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {
    /** The families ranked on the dashboard, by their message key. */
    static final Map<String, String> TOPS = Map.of("platforms", Metric.OS.family(), "resolutions",
            Metric.RESOLUTION.family(), "carriers", Metric.CARRIER.family(), "app_versions", Metric.APP_VERSION.family());

    @Inject
    GameOnPage games;

    @Inject
    Reports reports;

    @Inject
    Dashboard dashboard;

    @GET
    public View show(@PathParam("id") String id, @QueryParam("period") String period) {
        GameOnPage.Shown shown = games.resolve(id, period);
        List<Reports.Day> days = reports.days(shown.id(), shown.period());
        Map<String, List<Reports.Ranked>> tops = new LinkedHashMap<>();
        for (String name : List.of("platforms", "resolutions", "carriers", "app_versions")) {
            tops.put(name, ShownValues.ranked(TOPS.get(name), reports.ranked(shown.id(), TOPS.get(name), shown.period(), 5)));
        }
        List<Reports.Ranked> countries = ShownValues.ranked("countries", reports.ranked(shown.id(), "countries", shown.period(), 20));
        Map<String, Map<String, Object>> figures = dashboard.figures(shown.id(), shown.period());
        Map<String, String> directions = new LinkedHashMap<>();
        figures.forEach((name, figure) -> directions.put(name, Change.direction(figure)));
        return Pages.view("events/dashboard", shown, "dashboard")
                .with("figures", figures)
                .with("directions", directions)
                .with("days", days)
                .with("activity", ChartData.line().labels(days, d -> d.date().toString())
                        .series("sessions", days, Reports.Day::sessions)
                        .series("users", days, Reports.Day::users)
                        .series("new", days, Reports.Day::fresh).json())
                .with("time", ChartData.bar().labels(days, d -> d.date().toString())
                        .series("minutes", days, Reports.Day::minutes).json())
                .with("tops", tops)
                .with("countries", countries)
                .with("countryChart", ChartData.bar().labels(countries, Reports.Ranked::value)
                        .series("users", countries, Reports.Ranked::users).json());
    }
}
