/** The game overview ({@code /games/{id}}) and the organization's ranking of games ({@code /games}), through the server. */
package org.polymetric.portal.overview;
