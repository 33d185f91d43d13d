package org.polymetric.streamstats.web;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.polymetric.kernel.web.CodePointOrder;
import org.polymetric.streamstats.service.SummaryRow;

/**
 * The columns a channels, streams or renditions table sorts by ({@code sort=}): the row's key
 * (the default, the API's own order) or one of its figures. Rows that tie on a figure keep key
 * order whichever way the figure runs.
 */
public enum SortColumn {
    KEY("key", null),
    CDN_DEVICES("cdn_devices", SummaryRow::cdnDevices),
    P2P_DEVICES("p2p_devices", SummaryRow::p2pDevices),
    NOT_COMPATIBLE_DEVICES("not_compatible_devices", SummaryRow::notCompatibleDevices),
    CDN_THROUGHPUT("cdn_throughput", r -> r.throughput().cdn()),
    P2P_THROUGHPUT("p2p_throughput", r -> r.throughput().p2p()),
    TOTAL_THROUGHPUT("total_throughput", r -> r.throughput().total()),
    VIEWING_TIME("viewing_time", r -> r.viewingTime().totalSeconds());

    static final String MESSAGE = "sort must be one of " + String.join(", ", List.of(values()).stream().map(c -> c.wire).toList());
    static final String DIRECTION_MESSAGE = "dir must be asc or desc";

    /** The listing's order: the key's parts in code point order (the columns compare as binary UTF-8). */
    private static final Comparator<SummaryRow> KEYS = Comparator.comparing((SummaryRow r) -> part(r.scope().channelId()), CodePointOrder.TEXT)
            .thenComparing(r -> part(r.scope().streamId()), CodePointOrder.TEXT)
            .thenComparing(r -> part(r.scope().bitrate()), CodePointOrder.TEXT)
            .thenComparing(r -> part(r.scope().representationId()), CodePointOrder.TEXT);

    private final String wire;
    private final ToDoubleFunction<SummaryRow> figure;

    SortColumn(String wire, ToDoubleFunction<SummaryRow> figure) {
        this.wire = wire;
        this.figure = figure;
    }

    /** The {@code sort} parameter; absent is the key. */
    static SortColumn parse(String text) {
        if (text == null) {
            return KEY;
        }
        for (SortColumn c : values()) {
            if (c.wire.equals(text)) {
                return c;
            }
        }
        throw new PageRefusal(MESSAGE);
    }

    /** The {@code dir} parameter: true for {@code desc}; absent is {@code asc}. */
    static boolean descending(String text) {
        if (text == null || text.equals("asc")) {
            return false;
        }
        if (text.equals("desc")) {
            return true;
        }
        throw new PageRefusal(DIRECTION_MESSAGE);
    }

    public String wire() {
        return wire;
    }

    /** The order of the rows; null for key order ascending, which the service pages without reading every row. */
    Comparator<SummaryRow> order(boolean descending) {
        if (figure == null) {
            // ascending key order is the listing's own; reversed, every row is read, as for a figure
            return descending ? KEYS.reversed() : null;
        }
        Comparator<SummaryRow> up = Comparator.comparingDouble(figure);
        return descending ? up.reversed() : up;
    }

    private static String part(String key) {
        return key == null ? "" : key;
    }
}
