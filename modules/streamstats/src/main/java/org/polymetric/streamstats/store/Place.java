package org.polymetric.streamstats.store;

import org.polymetric.streamstats.domain.Scope;

/**
 * What a Stats API call is about inside a game: the customer (the whole game), one channel, or one
 * stream of a channel, optionally narrowed to renditions by {@code bitrate} and
 * {@code representation_id} (stream level only: the seed applies them nowhere else). Null parts
 * are not named.
 */
public record Place(String channelId, String streamId, String bitrate, String representationId) {

    public static Place customer() {
        return new Place(null, null, null, null);
    }

    public static Place channel(String channelId) {
        return new Place(channelId, null, null, null);
    }

    public static Place stream(String channelId, String streamId, String bitrate, String representationId) {
        return new Place(channelId, streamId, bitrate, representationId);
    }

    /** The scope whose rollup rows hold this place's figures when no rendition filter applies. */
    public Scope.Kind kind() {
        return streamId != null ? Scope.Kind.STREAM : channelId != null ? Scope.Kind.CHANNEL : Scope.Kind.GAME;
    }

    /** The rows of this place's {@code /summary}: channels of the customer, streams of a channel, renditions of a stream. */
    public Scope.Kind listed() {
        return streamId != null ? Scope.Kind.RENDITION : channelId != null ? Scope.Kind.STREAM : Scope.Kind.CHANNEL;
    }

    /** The whole game: its device rows are every rendition's, read without a list of ids. */
    public boolean whole() {
        return channelId == null;
    }

    /** A stream narrowed by bitrate or representation: its figures are the sums of the matching renditions. */
    public boolean narrowed() {
        return streamId != null && (bitrate != null || representationId != null);
    }
}
