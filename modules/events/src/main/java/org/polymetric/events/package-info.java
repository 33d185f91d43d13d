/** The events module: the Countly Server write ({@code /i}) and read ({@code /o}) APIs over durable rollups. */
package org.polymetric.events;
