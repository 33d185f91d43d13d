/** Signing in and out. */
package org.polymetric.portal.login;
