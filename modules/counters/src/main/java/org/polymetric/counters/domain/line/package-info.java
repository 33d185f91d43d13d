/** InfluxDB line protocol, as counters are written: a body read into samples, or the first line that cannot be, with why. */
package org.polymetric.counters.domain.line;
