/** The benchmark baseline endpoint. */
package org.polymetric.portal.bench;
