/**
 * System73's Stats API vocabulary (time windows and their points, sources, device classes,
 * throughput, viewing time, paging) and how a player's report is spread over time buckets; no
 * database, no HTTP.
 */
package org.polymetric.streamstats.domain;
