/**
 * The Photon analytics API under {@code /api/counters}: resources that read a request (line
 * protocol writes, bulk queries, {@code data} and {@code graph} paths, licenses), hand it to the
 * services and write the answer, and the one mapper that writes every refusal in the module's
 * error shape.
 */
package org.polymetric.counters.api;
