/** The assembled portal: the JAX-RS application and its datasource. */
package org.polymetric.portal;
