/** The Photon analytics dialect: counters of Photon Cloud apps and Photon Server licenses. */
package org.polymetric.counters;
