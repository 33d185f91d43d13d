package org.polymetric.events.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.polymetric.events.read.Reports;
import org.polymetric.kernel.storage.MayLag;
import org.polymetric.kernel.web.View;

/** {@code GET /events/games/{id}/retention?period=}: day-N retention of each first-seen cohort. Viewers and above. */
@MayLag
@Path("events/games/{id}/retention")
@Produces(MediaType.TEXT_HTML)
public class RetentionPage {
    /** Days a cohort is followed on the page. */
    static final int DAYS = 14;

    @Inject
    GameOnPage games;

    @Inject
    Reports reports;

    @GET
    public View show(@PathParam("id") String id, @QueryParam("period") String period) {
        GameOnPage.Shown shown = games.resolve(id, period);
        List<Reports.Cohort> cohorts = reports.cohorts(shown.id(), shown.period(), LocalDate.now(shown.zone()), DAYS);
        return Pages.view("events/retention", shown, "retention").with("cohorts", cohorts)
                .with("columns", java.util.stream.IntStream.rangeClosed(0, DAYS).boxed().toList());
    }
}
