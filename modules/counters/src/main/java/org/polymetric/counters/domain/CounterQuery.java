package org.polymetric.counters.domain;

/**
 * One query of a bulk request (or of a {@code data}/{@code graph} path): what it is called in
 * the answer, which series it reads and over what range, or why it cannot be answered.
 *
 * @param withTime whether the xport answer carries the {@code time} series ({@code xporttime})
 * @param problem  null for a query that can be answered; else what is wrong with it: a bulk
 *                 request naming it is refused whole, a {@code data} or {@code graph} path is a 400
 */
public record CounterQuery(String id, Source source, Counter counter, TimeRange range, boolean withTime, String problem) {
    public static CounterQuery refused(String id, String problem) {
        return new CounterQuery(id, null, null, null, false, problem);
    }

    /** The appid or hash the query names. */
    public String owner() {
        return source instanceof Source.App app ? app.appid() : ((Source.License) source).hash();
    }
}
