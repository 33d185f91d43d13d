/** The home page: the user's organizations, studios and games. */
package org.polymetric.portal.home;
