/** What the caller may do on one organization, studio or game. */
package org.polymetric.portal.access;
