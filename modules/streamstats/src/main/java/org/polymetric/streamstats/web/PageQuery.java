package org.polymetric.streamstats.web;

import java.util.Optional;
import org.polymetric.streamstats.domain.BadParameter;
import org.polymetric.streamstats.domain.Paging;
import org.polymetric.streamstats.domain.TimeWindow;

/**
 * What a streamstats page was asked for: the window ({@code time}, default {@code live}), the
 * table's order ({@code sort}, {@code dir}) and page ({@code page}, from 0, {@value #PER_PAGE}
 * rows: the API's paging). A bad value is the page's own 400 with the domain's sentence, never
 * another window or page than the one asked for.
 */
public record PageQuery(TimeWindow window, SortColumn sort, boolean descending, Paging paging) {
    static final int PER_PAGE = 25;

    static PageQuery of(String time, String sort, String dir, String page) {
        try {
            TimeWindow window = time == null ? TimeWindow.LIVE : TimeWindow.parse(time);
            Optional<Paging> paging = Paging.parse(page, Integer.toString(PER_PAGE));
            return new PageQuery(window, SortColumn.parse(sort), SortColumn.descending(dir), paging.orElseThrow());
        } catch (BadParameter e) {
            // on a page the refusal is the themed 400, not the API's JSON
            throw new PageRefusal(e.getMessage());
        }
    }

    public boolean live() {
        return window == TimeWindow.LIVE;
    }

    /** Link parameters for this window with another order and page. */
    public String params(SortColumn column, boolean desc, int page) {
        StringBuilder out = new StringBuilder("time=").append(window.wire());
        if (column != SortColumn.KEY || desc) {
            out.append("&sort=").append(column.wire()).append("&dir=").append(desc ? "desc" : "asc");
        }
        if (page > 0) {
            out.append("&page=").append(page);
        }
        return out.toString();
    }

    /** This page's parameters with another window (back to the first page). */
    public String params(TimeWindow other) {
        return new PageQuery(other, sort, descending, new Paging(0, PER_PAGE)).params(sort, descending, 0);
    }

    /** The parameters of a column heading's link: that column, flipped when it is the current one (figures start high). */
    public String sortParams(SortColumn column) {
        boolean desc = column == sort ? !descending : column != SortColumn.KEY;
        return params(column, desc, 0);
    }
}
