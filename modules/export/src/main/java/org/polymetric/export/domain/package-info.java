/**
 * Peer5's export vocabulary (intervals and their limits, metrics, dimensions, filters) and the
 * storage tiers they read; no database, no HTTP.
 */
package org.polymetric.export.domain;
