package org.polymetric.events.ingest;

import java.util.Map;

/**
 * The part of a write request its checksum covers: the query string or the body, whichever
 * carries {@code checksum}/{@code checksum256} (the body when neither or both do), as the raw
 * text the SDK signed and as its parameters. When a game requires a checksum, only these
 * parameters are read, so unsigned ones in the other part cannot change what is stored.
 */
public record SignedPart(Map<String, String> values, String text) {
}
