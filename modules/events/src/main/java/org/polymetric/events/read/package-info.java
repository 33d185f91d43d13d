/** Countly's read API: rollups read back into Countly's output trees. */
package org.polymetric.events.read;
