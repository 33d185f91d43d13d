/** Users, their access grants, API tokens, invites, password hashing and the first-run owner. */
package org.polymetric.kernel.identity;
