/** Organizations, studios and games: the tenancy every dialect's data hangs from. */
package org.polymetric.kernel.tenancy;
