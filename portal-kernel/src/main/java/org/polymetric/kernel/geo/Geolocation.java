package org.polymetric.kernel.geo;

import java.util.Optional;

/** Finds where an IP address is, for requests that name no country themselves. */
public interface Geolocation {

    /** The place of {@code address}, or empty for private, unknown or malformed addresses. */
    Optional<Place> locate(String address);
}
