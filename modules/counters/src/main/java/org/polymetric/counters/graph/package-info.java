/**
 * The PNG charts of the {@code graph} endpoints: a counter's series over a query's range, drawn on the
 * server with JFreeChart, and the image size a request may ask for.
 */
package org.polymetric.counters.graph;
