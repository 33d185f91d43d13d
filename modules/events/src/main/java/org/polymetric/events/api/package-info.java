/** Countly's HTTP surface: parameters in, {@code {"result": ...}} (or JSONP) out. */
package org.polymetric.events.api;
