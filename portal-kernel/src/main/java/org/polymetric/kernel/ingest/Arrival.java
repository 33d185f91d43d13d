package org.polymetric.kernel.ingest;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.polymetric.kernel.geo.Device;
import org.polymetric.kernel.geo.Enrichment;
import org.polymetric.kernel.geo.Network;
import org.polymetric.kernel.geo.Place;

/**
 * One inbound request of telemetry as the kernel sees it: when it arrived, from which client
 * address (trusted proxies already honoured, see {@link Arrivals}) and with which user agent, and
 * what {@link Enrichment} says of them. Every module that takes telemetry from clients reads its
 * client facts here, so they are worked out the same way everywhere.
 * <p>
 * Place, network and device are looked up on first ask and kept, so a request asks each database
 * at most once however many items it carries, and pays nothing for what it never asks. Costs
 * (see the kernel README's geo section): place and network about 0.5 µs each; the device ~1 µs
 * for a user agent seen before, ~2.4 ms for one the cache does not hold (bounded: agents are cut
 * to 512 characters, and the first call of the server also builds the parser, 1–2 s). A module
 * that needs the device on every write therefore pays the 2.4 ms once per distinct agent.
 * <p>
 * Not thread-safe: it belongs to the request's thread (and to the batch it is queued with, which
 * the writer reads after the request thread has stopped touching it).
 */
public final class Arrival {
    private final Instant receivedAt;
    private final String address;
    private final String userAgent;
    private final Enrichment enrichment;
    private Optional<Place> place;
    private Optional<Network> network;
    private Device device;

    /**
     * @param address   the client's IP address as {@link org.polymetric.kernel.security.ClientAddress} gives it
     * @param userAgent the {@code User-Agent} header, or null when absent
     */
    public Arrival(Instant receivedAt, String address, String userAgent, Enrichment enrichment) {
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.address = Objects.requireNonNull(address);
        this.userAgent = userAgent == null ? "" : userAgent;
        this.enrichment = Objects.requireNonNull(enrichment);
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String address() {
        return address;
    }

    /** The {@code User-Agent} header as sent; empty when there was none. */
    public String userAgent() {
        return userAgent;
    }

    /** Country and city of the client address; empty for private, unknown or malformed addresses. */
    public Optional<Place> place() {
        if (place == null) {
            place = enrichment.locate(address);
        }
        return place;
    }

    /** ISP/ASN of the client address; empty without an ASN database. */
    public Optional<Network> network() {
        if (network == null) {
            network = enrichment.network(address);
        }
        return network;
    }

    /** Browser, OS and device class of the user agent ({@code "Other"} parts when unknown). */
    public Device device() {
        if (device == null) {
            device = enrichment.device(userAgent);
        }
        return device;
    }
}
