/** Shiro wiring: who the caller is (session, password or token) and what they may do. */
package org.polymetric.kernel.security;
