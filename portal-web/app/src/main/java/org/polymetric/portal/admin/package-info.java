/** Portal administration: organizations and their primary owners. */
package org.polymetric.portal.admin;
