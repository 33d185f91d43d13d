/**
 * Countly's remote config: a game's keys with JSON values and conditions by platform or app
 * version, edited by the game's admins on a page and answered to SDKs on {@code /o/sdk}
 * ({@code method=fetch_remote_config}, {@code rc}; {@code sc} for the Web SDK's behaviour settings).
 */
package org.polymetric.events.remoteconfig;
