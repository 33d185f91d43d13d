/** Time in UTC: ranges, intervals, bucketing and the date formats of the vendors' APIs. */
package org.polymetric.kernel.time;
