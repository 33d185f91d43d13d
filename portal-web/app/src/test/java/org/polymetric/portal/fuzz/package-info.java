/** The fuzz of every API endpoint: never a 500, a stack trace, a leak across organizations or a partial write. */
package org.polymetric.portal.fuzz;
