/** The GameAnalytics Organization API's resources, its JSON shapes and its error bodies. */
package org.polymetric.organizations.api;
