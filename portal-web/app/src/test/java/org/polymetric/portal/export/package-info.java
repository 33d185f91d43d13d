/**
 * The export module through the real server, from the outside: beacons posted to the kernel, Peer5's
 * {@code /v1/export} asked over HTTP, SQL only for assertions and for big fixtures.
 */
package org.polymetric.portal.export;
