/**
 * The kernel's player beacons through the real server, with a probe observer of
 * {@code Ingested<Beacon>} standing in for the modules that take them.
 */
package org.polymetric.portal.playback;
