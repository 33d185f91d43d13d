/**
 * PNG line charts of counter series, drawn on the server with JFreeChart, and the image size a
 * request may ask for: pure drawing, no request and no database, so it is tested alone and used
 * by {@code service.CounterGraphs} for the API's {@code graph} paths (the pages draw in the browser).
 */
package org.polymetric.counters.graph;
