/** The export rollups in MariaDB: their writing from beacons, their tiers, reads and purge. */
package org.polymetric.export.store;
