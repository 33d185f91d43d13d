/** What the counters pages show of a game or license: per series its current value, peak, average and points. */
package org.polymetric.counters.service;
