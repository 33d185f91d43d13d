package org.polymetric.events.ingest;

import java.time.ZoneId;

/**
 * A game as the write API sees it (Countly's "app"): its id, where its buckets are cut, the salt
 * that checksums are made with, and whether it takes data at all.
 */
public record App(long gameId, long organizationId, ZoneId zone, String salt, boolean accepting, boolean checksumRequired) {
}
