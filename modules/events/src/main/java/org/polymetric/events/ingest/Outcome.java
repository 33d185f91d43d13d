package org.polymetric.events.ingest;

/** What the writer did with a committed request: stored it, or recognised it as a repeat. */
public enum Outcome {
    STORED,
    DUPLICATE
}
