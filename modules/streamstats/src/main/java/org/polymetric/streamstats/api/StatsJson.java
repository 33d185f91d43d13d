package org.polymetric.streamstats.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.polymetric.kernel.web.JsonBuilders;
import org.polymetric.streamstats.domain.Paging;
import org.polymetric.streamstats.service.SummaryRow;
import org.polymetric.streamstats.store.ScopeRow;

/** The Stats API's JSON, field names and order exactly as the seed writes them. */
public final class StatsJson {
    /** Decimals written for throughputs and means (kbps, ms, rates, frames). */
    public static final int DECIMALS = 3;
    /** Decimals written for ratios, which are small. */
    public static final int RATIO_DECIMALS = 6;

    private StatsJson() {
    }

    /**
     * A summary row, or the aggregate (a row without scope). The seed's paginated samples leave {@code total_pretty_viewing_time} out
     * where its plain ones have it; the answer follows each sample.
     */
    static JsonObject summary(SummaryRow row, boolean pretty) {
        JsonObjectBuilder o = JsonBuilders.object();
        ScopeRow s = row.scope();
        if (s == null) {
            o.add("aggregate", "aggregate");
        } else {
            switch (s.kind()) {
                case CHANNEL -> o.add("channel_id", s.channelId());
                case STREAM -> o.add("stream_id", s.streamId()).add("stream_uri", s.streamUri());
                default -> o.add("bitrate", s.bitrate()).add("representation_id", s.representationId());
            }
        }
        o.add("cdn_throughput", number(row.throughput().cdn(), DECIMALS))
                .add("p2p_throughput", number(row.throughput().p2p(), DECIMALS))
                .add("total_throughput", number(row.throughput().total(), DECIMALS))
                .add("cdn_devices", row.cdnDevices()).add("p2p_devices", row.p2pDevices())
                .add("not_compatible_devices", row.notCompatibleDevices())
                .add("cdn_viewing_time", row.viewingTime().cdnSeconds()).add("p2p_viewing_time", row.viewingTime().p2pSeconds())
                .add("total_viewing_time", row.viewingTime().totalSeconds());
        if (pretty) {
            o.add("total_pretty_viewing_time", row.viewingTime().totalPretty());
        }
        return o.build();
    }

    /** {@code [{"total_pages", "page", "results"}]}. */
    static JsonArray paged(Paging paging, int rows, List<JsonObject> results) {
        JsonArrayBuilder r = JsonBuilders.array();
        results.forEach(r::add);
        return JsonBuilders.array().add(JsonBuilders.object().add("total_pages", paging.totalPages(rows))
                .add("page", paging.page()).add("results", r)).build();
    }

    static JsonArray array(List<? extends JsonValue> items) {
        JsonArrayBuilder a = JsonBuilders.array();
        items.forEach(a::add);
        return a.build();
    }

    /** A point: {@code {"datetime": ms, field: value}}; a mean without beacons is null. */
    static JsonObject point(long datetime, String field, Double value, int decimals) {
        JsonObjectBuilder o = JsonBuilders.object().add("datetime", datetime);
        return (value == null ? o.addNull(field) : o.add(field, number(value, decimals))).build();
    }

    /** A breakdown point: {@code {"datetime": ms, field: {value: devices}}}. */
    static JsonObject point(long datetime, String field, Map<String, Integer> devices) {
        JsonObjectBuilder counts = JsonBuilders.object();
        devices.forEach(counts::add);
        return JsonBuilders.object().add("datetime", datetime).add(field, counts).build();
    }

    /** Rounded half up to {@code decimals}, written without trailing zeros and as an integer when whole (40000, not 4E+4). */
    public static BigDecimal number(double value, int decimals) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
