/** Counter ingest: InfluxDB line protocol bodies read into samples, all or nothing. */
package org.polymetric.counters.domain.line;
