package org.polymetric.streamstats.web;

import org.polymetric.streamstats.api.StatsJson;
import org.polymetric.streamstats.service.SummaryRow;
import org.polymetric.streamstats.store.ScopeRow;

/**
 * A row of a channels, streams or renditions table as shown: its key (and the stream's URI or
 * the rendition's representation), the link to its page, and the summary's figures written as
 * the Stats API writes them (kbps to 3 decimals, viewing time in whole seconds).
 */
public record TableRow(String key, String detail, String link, long cdnDevices, long p2pDevices, long notCompatibleDevices,
                String cdnThroughput, String p2pThroughput, String totalThroughput, long viewingSeconds, String viewingTime) {

    static TableRow of(Level level, SummaryRow row) {
        ScopeRow s = row.scope();
        String key = switch (level.table()) {
            case "channels" -> s.channelId();
            case "streams" -> s.streamId();
            default -> s.bitrate();
        };
        String detail = switch (level.table()) {
            case "streams" -> s.streamUri();
            case "renditions" -> s.representationId();
            default -> null;
        };
        return new TableRow(key, detail, level.rowPath(s), row.cdnDevices(), row.p2pDevices(), row.notCompatibleDevices(),
                kbps(row.throughput().cdn()), kbps(row.throughput().p2p()), kbps(row.throughput().total()),
                row.viewingTime().totalSeconds(), row.viewingTime().totalPretty());
    }

    static String kbps(double value) {
        return StatsJson.number(value, StatsJson.DECIMALS).toPlainString();
    }
}
