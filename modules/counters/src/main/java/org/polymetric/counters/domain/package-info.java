/**
 * Photon's vocabulary (counters and their aggregation, regions, clouds and clusters, apps and
 * licenses), the queries over them and the time rules of those queries; no database, no HTTP.
 */
package org.polymetric.counters.domain;
