/** Starts Polymetric: checks settings, starts or reaches MariaDB, migrates, runs Payara Micro with the WAR. */
package org.polymetric.launcher;
