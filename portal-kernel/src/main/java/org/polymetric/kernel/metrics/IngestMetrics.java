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
 * Ingest figures. By ingest path ({@code ingest} label: a group-commit queue's name, or the module
 * that counts through {@link #accepted}):
 * <ul>
 * <li>{@code polymetric_ingest_requests_total}, {@code polymetric_ingest_items_total}: requests
 *     and items committed, hence acknowledged ({@code events}: Countly SDK requests and their
 *     reports; {@code playback}: beacon requests and beacons; {@code counters}: Photon write
 *     requests and their samples);</li>
 * </ul>
 * By group-commit queue ({@code queue} label):
 * <ul>
 * <li>{@code polymetric_ingest_refused_total}: submits refused because the queue was full or
 *     closed (each a 503 its client retries);</li>
 * <li>{@code polymetric_queue_waiting}, {@code polymetric_queue_capacity}: weight waiting now,
 *     and the most that may;</li>
 * <li>{@code polymetric_commit_seconds}: each batch's time in its sink (the transaction and its
 *     commit).</li>
 * </ul>
 * Counted per batch on the writer thread, per refusal, or per counted request (two {@code LongAdder}
 * adds after a map read): no lock on a request's way.
 */
@ApplicationScoped
public class IngestMetrics implements QueueWatch.Listener {
    private static final Metadata REQUESTS = Metadata.builder().withName("polymetric_ingest_requests")
            .withDescription("Ingest requests committed (acknowledged), by ingest path").build();
    private static final Metadata ITEMS = Metadata.builder().withName("polymetric_ingest_items")
            .withDescription("Items committed (acknowledged): Countly reports, player beacons, counter samples, by ingest path").build();
    private static final Metadata REFUSED = Metadata.builder().withName("polymetric_ingest_refused")
            .withDescription("Ingest requests refused with 503 because the queue was full or closed").build();
    private static final Metadata WAITING = Metadata.builder().withName("polymetric_queue_waiting")
            .withDescription("Weight (items) waiting in a group-commit queue").build();
    private static final Metadata CAPACITY = Metadata.builder().withName("polymetric_queue_capacity")
            .withDescription("Weight (items) a group-commit queue holds at most").build();
    private static final Metadata COMMIT = Metadata.builder().withName("polymetric_commit")
            .withDescription("Time of each group-commit batch in its sink, commit included").withUnit(MetricUnits.SECONDS).build();

    /** One queue's meters, looked up once per batch. */
    private record Meters(Accepted accepted, Counter refused, Timer commit) {
    }

    /** Requests and items acknowledged on one ingest path. */
    private record Accepted(Counter requests, Counter items) {
    }

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    private final Map<String, Meters> byQueue = new ConcurrentHashMap<>();
    private final Map<String, Accepted> byIngest = new ConcurrentHashMap<>();

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
        m.accepted().requests().inc(requests);
        m.accepted().items().inc(weight);
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

    /**
     * Counts one request of {@code items} items acknowledged on an ingest path that does not go
     * through a group-commit queue ({@code counters}: Photon line-protocol samples); call it after
     * the commit. {@code ingest} is the module's id, never anything from the request.
     */
    public void accepted(String ingest, int items) {
        Accepted a = accepted(ingest);
        a.requests().inc();
        a.items().inc(items);
    }

    private Accepted accepted(String ingest) {
        return byIngest.computeIfAbsent(ingest, i -> new Accepted(registry.counter(REQUESTS, new Tag("ingest", i)),
                registry.counter(ITEMS, new Tag("ingest", i))));
    }

    private Meters meters(String queue) {
        return byQueue.computeIfAbsent(queue, q -> new Meters(accepted(q), registry.counter(REFUSED, tag(q)), registry.timer(COMMIT, tag(q))));
    }

    private static Tag tag(String queue) {
        return new Tag("queue", queue);
    }
}
