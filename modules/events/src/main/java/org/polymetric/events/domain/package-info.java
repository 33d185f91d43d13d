/** Countly's vocabulary and time buckets, shared by ingest and reads. */
package org.polymetric.events.domain;
