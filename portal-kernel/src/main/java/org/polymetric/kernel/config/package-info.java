/** Start-up settings: their names, defaults and the checks that stop a bad start with one clear line. */
package org.polymetric.kernel.config;
