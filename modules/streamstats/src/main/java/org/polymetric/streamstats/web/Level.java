package org.polymetric.streamstats.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.polymetric.streamstats.store.Place;
import org.polymetric.streamstats.store.ScopeRow;

/**
 * Which page of a game: the game itself (its channels), a channel (its streams) or a stream (its
 * renditions), with the paths of the page, its table's CSV and its rows' pages. Path segments
 * are percent-encoded, so any channel or stream id makes a link.
 */
public record Level(long gameId, String channelId, String streamId) {

    public Place place() {
        return streamId != null ? Place.stream(channelId, streamId, null, null)
                : channelId != null ? Place.channel(channelId) : Place.customer();
    }

    /** The rows of this level's table: channels, streams or renditions. */
    public String table() {
        return streamId != null ? "renditions" : channelId != null ? "streams" : "channels";
    }

    /** The page's path. */
    public String path() {
        String game = "/streamstats/games/" + gameId;
        if (channelId == null) {
            return game;
        }
        String channel = game + "/channels/" + segment(channelId);
        return streamId == null ? channel : channel + "/streams/" + segment(streamId);
    }

    /** The page of a row of this level's table; null for renditions, the last level. */
    public String rowPath(ScopeRow row) {
        if (streamId != null) {
            return null;
        }
        return channelId == null ? path() + "/channels/" + segment(row.channelId()) : path() + "/streams/" + segment(row.streamId());
    }

    /** The page of this level's channel (the way back from a stream). */
    public String channelPath() {
        return new Level(gameId, channelId, null).path();
    }

    private static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
