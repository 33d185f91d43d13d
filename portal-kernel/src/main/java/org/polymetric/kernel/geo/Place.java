package org.polymetric.kernel.geo;

/** Where a device is: an ISO country code and, when known, a city. */
public record Place(String country, String city) {
}
