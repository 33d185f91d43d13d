package org.polymetric.counters.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.polymetric.counters.domain.Counter;
import org.polymetric.counters.service.CounterOverview;
import org.polymetric.kernel.storage.MayLag;

/**
 * {@code GET /counters/licenses/{id}/csv?counter=Servers|CCU&start=&end=} (or {@code range=}):
 * one series of a license, a row per point. Viewers of its organization; anyone else, and an
 * unknown counter, 404; a bad range 400.
 */
@MayLag
@Path("counters/licenses/{id}/csv")
public class LicenseCsv {
    @Inject
    OnPage pages;

    @Inject
    CounterOverview overview;

    @GET
    public Response download(@PathParam("id") String id, @QueryParam("counter") String counter,
                             @QueryParam("range") String choice, @QueryParam("start") String start,
                             @QueryParam("end") String end) {
        OnPage.LicenseShown shown = pages.license(id);
        Counter c = Counter.of(Counter.Kind.LICENSE, counter).orElseThrow(NotFoundException::new);
        PageRange range = CsvDownloads.range(PageRange.of(choice, start, end, Clock.systemUTC()));
        CounterOverview.Line line = overview.ofLicense(shown.license().hash(), range.range()).stream()
                .filter(l -> l.counter() == c).findFirst().orElseThrow();
        return CsvDownloads.of(line, "license-" + shown.license().id() + "-" + c.counterName(), range);
    }
}
