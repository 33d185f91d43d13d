package org.polymetric.kernel.metrics;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.polymetric.kernel.ingest.GroupCommitQueue;
import org.polymetric.kernel.ingest.QueueWatch;

/**
 * The group-commit queues' figures, labelled by queue name ({@code events}: Countly SDK
 * requests, weighed in reports; {@code playback}: beacon requests, weighed in beacons; a module's
 * own queue under its name):
 * <ul>
 * <li>{@code polymetric_ingest_requests_total}, {@code polymetric_ingest_items_total}: requests
 *     and items (their weight) committed, hence acknowledged;</li>
 * <li>{@code polymetric_ingest_refused_total}: submits refused because the queue was full or
 *     closed (each a 503 its client retries);</li>
 * <li>{@code polymetric_queue_waiting}, {@code polymetric_queue_capacity}: weight waiting now,
 *     and the most that may;</li>
 * <li>{@code polymetric_commit_seconds}: each batch's time in its sink (the transaction and its
 *     commit).</li>
 * </ul>
 * Counted per batch on the writer thread, or per refusal; a request's way is not touched.
 */
@ApplicationScoped
public class IngestMetrics implements QueueWatch.Listener {
    private static final Metadata REQUESTS = Metadata.builder().withName("polymetric_ingest_requests")
            .withDescription("Ingest requests committed (acknowledged), by group-commit queue").build();
    private static final Metadata ITEMS = Metadata.builder().withName("polymetric_ingest_items")
            .withDescription("Items committed (acknowledged): Countly reports, player beacons, by group-commit queue").build();
    private static final Metadata REFUSED = Metadata.builder().withName("polymetric_ingest_refused")
            .withDescription("Ingest requests refused with 503 because the queue was full or closed").build();
    private static final Metadata WAITING = Metadata.builder().withName("polymetric_queue_waiting")
            .withDescription("Weight (items) waiting in a group-commit queue").build();
    private static final Metadata CAPACITY = Metadata.builder().withName("polymetric_queue_capacity")
            .withDescription("Weight (items) a group-commit queue holds at most").build();
    private static final Metadata COMMIT = Metadata.builder().withName("polymetric_commit")
            .withDescription("Time of each group-commit batch in its sink, commit included").withUnit(MetricUnits.SECONDS).build();

    /** One queue's meters, looked up once per batch. */
    private record Meters(Counter requests, Counter items, Counter refused, Timer commit) {
    }

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    private final Map<String, Meters> byQueue = new ConcurrentHashMap<>();

    /** Listens from the application's start, before any queue opens. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        QueueWatch.listen(this);
    }

    @PreDestroy
    void stop() {
        QueueWatch.stopListening(this);
    }

    @Override
    public void opened(GroupCommitQueue<?, ?> queue) {
        Tag tag = tag(queue.name());
        meters(queue.name());
        // a queue opened again (a bean made anew) replaces the gauges that read the old one
        registry.remove(new MetricID(WAITING.getName(), tag));
        registry.remove(new MetricID(CAPACITY.getName(), tag));
        registry.gauge(WAITING, queue, GroupCommitQueue::waitingWeight, tag);
        registry.gauge(CAPACITY, queue, GroupCommitQueue::capacity, tag);
    }

    @Override
    public void committed(String queue, int requests, int weight, long nanos) {
        Meters m = meters(queue);
        m.requests().inc(requests);
        m.items().inc(weight);
        m.commit().update(Duration.ofNanos(nanos));
    }

    @Override
    public void refused(String queue) {
        meters(queue).refused().inc();
    }

    @Override
    public void closed(GroupCommitQueue<?, ?> queue) {
        // the gauges would keep a closed queue (and what it holds) reachable
        registry.remove(new MetricID(WAITING.getName(), tag(queue.name())));
        registry.remove(new MetricID(CAPACITY.getName(), tag(queue.name())));
    }

    private Meters meters(String queue) {
        return byQueue.computeIfAbsent(queue, q -> {
            Tag tag = tag(q);
            return new Meters(registry.counter(REQUESTS, tag), registry.counter(ITEMS, tag),
                    registry.counter(REFUSED, tag), registry.timer(COMMIT, tag));
        });
    }

    private static Tag tag(String queue) {
        return new Tag("queue", queue);
    }
}
