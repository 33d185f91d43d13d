/** The streamstats module through the real server: beacons posted to the kernel, rows in the module's tables. */
package org.polymetric.portal.streamstats;
