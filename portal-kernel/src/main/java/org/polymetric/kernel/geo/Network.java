package org.polymetric.kernel.geo;

/** Who routes an address: its autonomous system number and, when the database names it, the ISP or organization. */
public record Network(long asn, String organization) {
}
