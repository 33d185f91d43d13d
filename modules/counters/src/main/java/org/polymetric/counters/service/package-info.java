/**
 * What the counters module decides: who may read and write which game's or license's series,
 * writes all or nothing, queries answered from the rollups, what the pages show of a series, the
 * licenses of an organization, the background schedule. Refusals are {@link
 * org.polymetric.counters.service.CountersRefusal}s.
 */
package org.polymetric.counters.service;
