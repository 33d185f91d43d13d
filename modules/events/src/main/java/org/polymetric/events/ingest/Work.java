package org.polymetric.events.ingest;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reports that arrived in one HTTP request ({@code /i}: one; {@code /i/bulk}: several), and the
 * promise its answer waits on: completed only after the batch holding them is committed.
 */
public record Work(List<Report> reports, CompletableFuture<Outcome> done) {
    public Work(List<Report> reports) {
        this(reports, new CompletableFuture<>());
    }
}
