package org.polymetric.kernel.ingest.playback;

/**
 * A beacon as the player sent it, after {@link BeaconParser} checked its shape and bounds and
 * before its game is looked up and it is enriched. Absent strings are {@code ""}; the overrides
 * ({@code browser} to {@code isp}) are null when the player gave none.
 */
record BeaconReport(String appKey, String deviceId, String sessionId, long timestampMs, int intervalMs,
                    String channelId, String streamId, String streamUri, String bitrate, String representationId,
                    long cdnBytes, long p2pBytes, long playedMs, long rebufferedMs, Long bufferHealthMs,
                    Double bufferFillingRate, Long responseTimeCdnMs, Long responseTimeP2pMs, long droppedFrames,
                    boolean p2pCompatible, String connectionType, String page,
                    String browser, String os, String platform, String countryCode, String city, String isp) {

    /** Whether the player named browser, OS and platform itself, so that its user agent need not be read. */
    boolean describesDevice() {
        return browser != null && os != null && platform != null;
    }
}
