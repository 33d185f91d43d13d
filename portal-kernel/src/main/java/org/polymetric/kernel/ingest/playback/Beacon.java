package org.polymetric.kernel.ingest.playback;

/**
 * One player's report of its last interval, checked and enriched by the kernel: what modules
 * observe as {@code Ingested<Beacon>}. Strings are never null ({@code ""} when absent, the session
 * id too); the nullable {@code Long}/{@code Double} fields are null when the player did not report
 * them (and then count in no mean). {@code connectionType}, {@code os} and {@code platform} are as
 * the player gave them or as the kernel found them; modules upper-case them for breakdowns.
 *
 * @param timestampMs  the end of the interval (epoch ms, as the player's clock says)
 * @param intervalMs   the interval's length, 1 000 to 300 000 ms
 * @param platform     the player's override, else where the user agent says it runs: its browser ({@code Chrome}), else its OS ({@code Android}), else {@code Other}
 * @param countryCode  ISO code, upper case; {@code ""} when unknown
 * @param receivedAtMs when the server received the request (epoch ms)
 */
public record Beacon(long gameId, long organizationId, String deviceId, String sessionId,
                     long timestampMs, int intervalMs, String channelId, String streamId, String streamUri,
                     String bitrate, String representationId, long cdnBytes, long p2pBytes, long playedMs,
                     long rebufferedMs, Long bufferHealthMs, Double bufferFillingRate, Long responseTimeCdnMs,
                     Long responseTimeP2pMs, long droppedFrames, boolean p2pCompatible, String connectionType,
                     String page, String browser, String os, String platform, String countryCode, String city,
                     String isp, long receivedAtMs) {

    /** The start of the interval the beacon covers: {@code timestampMs - intervalMs}. */
    public long startMs() {
        return timestampMs - intervalMs;
    }
}
