package org.polymetric.streamstats.store;

import org.polymetric.streamstats.domain.Scope;

/** A stored scope: its id (what rollup and device rows carry) and its keys. */
public record ScopeRow(long id, Scope.Kind kind, String channelId, String streamId, String bitrate, String representationId,
                       String streamUri) {

    /**
     * The key of the listed row of kind {@code listed} this scope (a rendition) falls under: its
     * channel, its stream, or itself.
     */
    public String under(Scope.Kind listed) {
        return under(listed, id, channelId, streamId);
    }

    /** {@link #under(Scope.Kind)} of a scope read as its id and keys only. */
    static String under(Scope.Kind listed, long id, String channelId, String streamId) {
        return switch (listed) {
            case CHANNEL -> channelId;
            case STREAM -> channelId + '\n' + streamId;
            default -> Long.toString(id);
        };
    }
}
