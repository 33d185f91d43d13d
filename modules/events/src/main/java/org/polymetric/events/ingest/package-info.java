/** From a write request to committed rollups: parsing, Countly's rules, the bounded queue and the group-commit writer. */
package org.polymetric.events.ingest;
