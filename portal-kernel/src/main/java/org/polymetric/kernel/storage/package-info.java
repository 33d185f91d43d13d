/** Access to the one MariaDB store: the persistence unit and the datasource's name. */
package org.polymetric.kernel.storage;
