/** The organizations module's pages under {@code /organizations}. */
package org.polymetric.organizations.web;
