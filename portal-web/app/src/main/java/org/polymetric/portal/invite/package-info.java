/** Accepting an invitation: the page an invite link opens. */
package org.polymetric.portal.invite;
