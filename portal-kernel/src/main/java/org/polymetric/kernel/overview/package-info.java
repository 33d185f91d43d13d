/**
 * One page per game across every dialect: the SPI through which each module contributes its card
 * to a game's overview ({@code /games/{id}}) and its figures to an organization's ranking of games
 * ({@code /games}). Modules implement {@link GameOverview} as a CDI bean; the portal finds every one
 * present, so a module left out of the build leaves no card and no ranking figure.
 */
package org.polymetric.kernel.overview;
