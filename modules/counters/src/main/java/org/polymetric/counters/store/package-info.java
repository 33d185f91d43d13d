/**
 * The counters' tables: series ids, minute chunks, hour and day rollups and their journal, the
 * retention purge and licenses. Plain JDBC, multi-row statements in key order; no access checks
 * (the services make them).
 */
package org.polymetric.counters.store;
