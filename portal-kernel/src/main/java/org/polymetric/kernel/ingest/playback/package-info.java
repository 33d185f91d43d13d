/**
 * Player beacons, the kernel's inbound contract for live-video telemetry: {@code POST /api/ingest/playback}
 * parses, checks and enriches them once and commits each batch as one {@code Ingested<Beacon>} event
 * that the modules rolling them up (streamstats, export) observe.
 */
package org.polymetric.kernel.ingest.playback;
