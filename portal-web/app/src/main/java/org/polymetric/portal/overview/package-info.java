/**
 * The portal's pages over every module: a game's overview ({@code /games/{id}}, each module's card)
 * and an organization's games ranked by a figure ({@code /games}), from the kernel's
 * {@link org.polymetric.kernel.overview.GameOverview} beans of the modules in the build.
 */
package org.polymetric.portal.overview;
