package org.polymetric.streamstats.domain;

import java.util.List;

/**
 * What a rollup row sums over: a whole game (the customer), a channel, a stream of a channel, or
 * one rendition (bitrate + representation) of a stream. A beacon adds to the four scopes it lies
 * in, so each level of the Stats API reads rows of its own scope (a customer series reads one row
 * per point, not one per rendition); rows of the same scope and bucket in one write batch merge
 * before they reach the database. The keys of a wider scope leave the narrower parts empty; the
 * kind tells a channel's row from a rendition's with an empty bitrate.
 */
public record Scope(Kind kind, String channelId, String streamId, String bitrate, String representationId) {

    public enum Kind {
        GAME('g'), CHANNEL('c'), STREAM('s'), RENDITION('r');

        private final char code;

        Kind(char code) {
            this.code = code;
        }

        /** The stored {@code kind}. */
        public char code() {
            return code;
        }
    }

    /** The four scopes a report adds to, widest first. */
    public static List<Scope> of(PlaybackReport r) {
        return List.of(
                new Scope(Kind.GAME, "", "", "", ""),
                new Scope(Kind.CHANNEL, r.channelId(), "", "", ""),
                new Scope(Kind.STREAM, r.channelId(), r.streamId(), "", ""),
                new Scope(Kind.RENDITION, r.channelId(), r.streamId(), r.bitrate(), r.representationId()));
    }
}
