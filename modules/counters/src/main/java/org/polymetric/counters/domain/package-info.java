/** Photon's vocabulary (counters, regions, sources) and the time rules of its queries. */
package org.polymetric.counters.domain;
