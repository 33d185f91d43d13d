package org.polymetric.streamstats.api;

import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.polymetric.streamstats.domain.Paging;
import org.polymetric.streamstats.domain.Source;
import org.polymetric.streamstats.domain.TimeWindow;

/** The query parameters of the Stats API, as sent (null when absent); parsed by the domain, whose refusals are the 400s. */
public class StatsQuery {
    @QueryParam("game_id")
    String gameId;

    @QueryParam("time")
    String time;

    @QueryParam("source")
    String source;

    @QueryParam("page")
    String page;

    @QueryParam("per_page")
    String perPage;

    @QueryParam("bitrate")
    String bitrate;

    @QueryParam("representation_id")
    String representationId;

    TimeWindow window() {
        return TimeWindow.parse(time);
    }

    Source source() {
        return Source.parse(source);
    }

    Optional<Paging> paging() {
        return Paging.parse(page, perPage);
    }
}
