/** The operator metrics at {@code /metrics}: what they count and who may read them. */
package org.polymetric.portal.metrics;
