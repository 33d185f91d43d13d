/** The module SPI: what a plugin module declares, and the registry that checks and lists them. */
package org.polymetric.kernel.module;
