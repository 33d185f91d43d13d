package org.polymetric.counters.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import org.polymetric.counters.domain.Counter;
import org.polymetric.counters.domain.License;
import org.polymetric.counters.service.CounterOverview;
import org.polymetric.kernel.storage.MayLag;
import org.polymetric.kernel.web.View;

/**
 * {@code GET /counters/licenses/{id}?range=|start=&end=}: a Photon Server license: its hash (with
 * how to send counters to it, prominently once it was just added: {@code created=1}), its CCU
 * limit, the current servers and CCU, and over the range the Servers and CCU charts (CCU with the
 * limit as a line) and each one's peak and average, the peak CCU as a share of the limit.
 * Viewers of the license's organization and above; anyone else gets the themed 404.
 */
@MayLag
@Path("counters/licenses/{id}")
@Produces(MediaType.TEXT_HTML)
public class LicensePage {
    @Inject
    OnPage pages;

    @Inject
    CounterOverview overview;

    @GET
    public View show(@PathParam("id") String id, @QueryParam("range") String choice, @QueryParam("start") String start,
                     @QueryParam("end") String end, @QueryParam("created") String created, @Context UriInfo uri) {
        OnPage.LicenseShown shown = pages.license(id);
        License license = shown.license();
        PageRange range = PageRange.of(choice, start, end, Clock.systemUTC());
        List<CounterOverview.Line> lines = overview.ofLicense(license.hash(), range.range());
        CounterOverview.Line servers = line(lines, Counter.SERVERS);
        CounterOverview.Line ccu = line(lines, Counter.LICENSE_CCU);
        Integer limit = license.ccuLimit();
        LineChart ccuChart = new LineChart(range.range()).line(Counter.LICENSE_CCU.counterName(), ccu.xport());
        if (limit != null) {
            ccuChart.limit(limit);
        }
        LineChart serversChart = new LineChart(range.range()).line(Counter.SERVERS.counterName(), servers.xport());
        String server = uri.getBaseUriBuilder().replacePath("").replaceQuery(null).build().toString().replaceAll("/$", "");
        return View.of("counters/license").with("license", license).with("organization", shown.organization())
                .with("range", range).with("choices", PageRange.CHOICES)
                .with("created", "1".equals(created))
                .with("sample", "curl -X POST '" + server + "/api/counters/write?precision=s' \\\n"
                        + "  -H 'Authorization: Bearer <token>' --data-binary @- <<'LINES'\n"
                        + "Servers,hash=" + license.hash() + " value=3\n"
                        + "CCU,hash=" + license.hash() + " value=765\n"
                        + "LINES")
                .with("ccuLimit", limit == null ? null : Figures.number(limit))
                .with("rows", List.of(SeriesRow.of(Counter.SERVERS.counterName(), servers),
                        SeriesRow.of(Counter.LICENSE_CCU.counterName(), ccu, limit)))
                .with("cards", List.of(
                        new CounterCard(Counter.LICENSE_CCU.counterName(), Pages.aggregation(Counter.LICENSE_CCU),
                                ccuChart.json(), ccuChart.hasData(), List.of()),
                        new CounterCard(Counter.SERVERS.counterName(), Pages.aggregation(Counter.SERVERS),
                                serversChart.json(), serversChart.hasData(), List.of())));
    }

    private static CounterOverview.Line line(List<CounterOverview.Line> lines, Counter counter) {
        return lines.stream().filter(l -> l.counter() == counter).findFirst().orElseThrow();
    }
}
