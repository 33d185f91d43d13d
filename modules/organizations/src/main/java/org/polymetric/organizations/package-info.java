/** The organizations module: the GameAnalytics Organization API v1 and the pages to run an organization. */
package org.polymetric.organizations;
