/** Operator metrics in MicroProfile Metrics' application registry, served as Prometheus text at {@code /metrics}. */
package org.polymetric.kernel.metrics;
