package org.polymetric.streamstats.web;

/**
 * The game page's setup card: where players send beacons, and ready {@code curl} commands, one
 * posting a 10-second beacon that ends when it runs (the shell's clock), one reading the Stats API
 * with a token.
 */
public record SetupCard(String endpoint, String beaconCurl, String apiCurl) {

    static SetupCard of(String server, String gameKey, long gameId) {
        String endpoint = server + "/api/ingest/playback";
        String beacon = "[{\"app_key\": \"" + gameKey + "\", \"device_id\": \"test-device\", \"channel_id\": \"test-channel\","
                + " \"stream_id\": \"test-stream\", \"bitrate\": \"3000000\", \"timestamp\": '\"$(date +%s000)\"',"
                + " \"interval_ms\": 10000, \"cdn_bytes\": 2500000, \"p2p_bytes\": 1250000, \"played_ms\": 10000}]";
        return new SetupCard(endpoint, "curl -X POST '" + endpoint + "' -H 'Content-Type: application/json' -d '" + beacon + "'",
                "curl -H 'Authorization: Bearer YOUR_TOKEN' '" + server + "/api/streamstats/summary?time=live&game_id=" + gameId + "'");
    }
}
