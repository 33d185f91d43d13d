/** A tiny plugin module used to prove the module SPI end to end: descriptor, API, page, template, texts. */
package org.polymetric.portal.sample;
