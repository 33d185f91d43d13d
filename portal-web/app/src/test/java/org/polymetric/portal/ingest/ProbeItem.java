package org.polymetric.portal.ingest;

/** One probe item: a value and the country the kernel's Arrival placed its sender in. */
public record ProbeItem(String value, String country) {
}
