/**
 * Enrichment of a client's address and user agent: IP to country, city and network (MaxMind-format
 * databases: the bundled DB-IP Lite country one, optional city and ASN ones by setting), user agent
 * to browser, OS and device class. One bean, {@link org.polymetric.kernel.geo.Enrichment}.
 */
package org.polymetric.kernel.geo;
