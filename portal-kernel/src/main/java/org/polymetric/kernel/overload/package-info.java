/**
 * Load shedding: a saturated portal answers API requests it cannot take now with a cheap 503 in
 * the dialect's shape, before their bodies are read, instead of letting them queue until clients
 * time out.
 */
package org.polymetric.kernel.overload;
